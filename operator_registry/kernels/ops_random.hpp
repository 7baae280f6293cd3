// The random module with CPython 3.11's exact sequences: the Mersenne Twister of
// Modules/_randommodule.c (MT19937, seeded by init_by_array over the seed's 32-bit words) and the
// derivations of Lib/random.py (randrange via _randbelow_with_getrandbits, choice, shuffle, sample,
// choices, uniform, triangular, gauss, normalvariate, expovariate).
//
// A generator's state is a list[int] of kRandomStateSize words (so it needs no type of its own in
// the IR: the front end wraps it in the synthetic class `fxn_random_Random`, a `random.Random`
// instance, and keeps the module's generator in a static of the library, random_module_state):
// [0, 624) the twister's words, [624] the index, [625] whether gauss_next is set, [626] its bits.
// An empty state is the module's generator before random.seed(...): CPython seeds it from
// os.urandom, which no compiled code can reproduce, so drawing from it raises.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstring>
#include <unordered_set>
#include <vector>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"

namespace fxn::ops {

inline constexpr int kMtN = 624;
inline constexpr int kMtM = 397;
inline constexpr int kRandomIndex = 624;
inline constexpr int kRandomGaussSet = 625;
inline constexpr int kRandomGaussNext = 626;
inline constexpr int kRandomStateSize = 627;

// ---- SHA-512 (FIPS 180-4): str seeds, as random.seed(str) hashes them (version 2) ----
inline void random_sha512(const unsigned char* data, size_t size, unsigned char digest[64]) {
  static const uint64_t k[80] = {
      0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
      0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
      0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
      0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
      0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
      0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
      0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
      0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
      0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
      0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
      0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
      0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
      0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
      0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
      0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
      0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
      0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
      0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
      0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
      0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};
  uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                   0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  auto rotr = [](uint64_t x, int n) { return (x >> n) | (x << (64 - n)); };
  std::vector<unsigned char> msg(data, data + size);
  msg.push_back(0x80);
  while (msg.size() % 128 != 112) msg.push_back(0);
  for (int i = 0; i < 8; ++i) msg.push_back(0);  // high 64 bits of the 128-bit bit length
  const uint64_t bits = static_cast<uint64_t>(size) * 8;
  for (int i = 7; i >= 0; --i) msg.push_back(static_cast<unsigned char>(bits >> (8 * i)));
  for (size_t block = 0; block < msg.size(); block += 128) {
    uint64_t w[80];
    for (int t = 0; t < 16; ++t) {
      uint64_t v = 0;
      for (int b = 0; b < 8; ++b) v = (v << 8) | msg[block + 8 * t + b];
      w[t] = v;
    }
    for (int t = 16; t < 80; ++t) {
      uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
      uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; ++t) {
      uint64_t s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
      uint64_t ch = (e & f) ^ (~e & g);
      uint64_t t1 = hh + s1 + ch + k[t] + w[t];
      uint64_t s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
      uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
      uint64_t t2 = s0 + maj;
      hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  for (int i = 0; i < 8; ++i) {
    for (int b = 0; b < 8; ++b) digest[8 * i + b] = static_cast<unsigned char>(h[i] >> (56 - 8 * b));
  }
}

// ---- the twister (_randommodule.c) ----
inline void random_init_genrand(int64_t* mt, uint32_t s) {
  mt[0] = s;
  for (int i = 1; i < kMtN; ++i) {
    uint32_t prev = static_cast<uint32_t>(mt[i - 1]);
    mt[i] = static_cast<uint32_t>(1812433253U * (prev ^ (prev >> 30)) + static_cast<uint32_t>(i));
  }
  mt[kRandomIndex] = kMtN;
}

// init_by_array over `key` (the seed's 32-bit words, least significant first), resetting gauss_next
// as Random.seed does.
inline void random_init_by_array(const List<int64_t>& state, const std::vector<uint32_t>& key) {
  std::vector<int64_t>& st = state.items();
  st.assign(kRandomStateSize, 0);
  int64_t* mt = st.data();
  random_init_genrand(mt, 19650218U);
  const size_t length = key.size();
  size_t i = 1, j = 0;
  for (size_t k = kMtN > length ? kMtN : length; k; --k) {
    uint32_t prev = static_cast<uint32_t>(mt[i - 1]);
    mt[i] = static_cast<uint32_t>((static_cast<uint32_t>(mt[i]) ^ ((prev ^ (prev >> 30)) * 1664525U)) + key[j] +
                                  static_cast<uint32_t>(j));
    ++i;
    ++j;
    if (i >= kMtN) { mt[0] = mt[kMtN - 1]; i = 1; }
    if (j >= length) j = 0;
  }
  for (size_t k = kMtN - 1; k; --k) {
    uint32_t prev = static_cast<uint32_t>(mt[i - 1]);
    mt[i] = static_cast<uint32_t>((static_cast<uint32_t>(mt[i]) ^ ((prev ^ (prev >> 30)) * 1566083941U)) -
                                  static_cast<uint32_t>(i));
    ++i;
    if (i >= kMtN) { mt[0] = mt[kMtN - 1]; i = 1; }
  }
  mt[0] = 0x80000000U;
}

// The key of an unsigned seed: its 32-bit words, least significant first (at least one).
inline std::vector<uint32_t> random_key_of(uint64_t n) {
  std::vector<uint32_t> key{static_cast<uint32_t>(n)};
  if (n >> 32) key.push_back(static_cast<uint32_t>(n >> 32));
  return key;
}

inline uint32_t random_genrand(int64_t* mt) {
  static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
  constexpr uint32_t kUpper = 0x80000000U, kLower = 0x7fffffffU;
  if (mt[kRandomIndex] >= kMtN) {
    int kk = 0;
    for (; kk < kMtN - kMtM; ++kk) {
      uint32_t y = (static_cast<uint32_t>(mt[kk]) & kUpper) | (static_cast<uint32_t>(mt[kk + 1]) & kLower);
      mt[kk] = static_cast<uint32_t>(mt[kk + kMtM]) ^ (y >> 1) ^ mag01[y & 1U];
    }
    for (; kk < kMtN - 1; ++kk) {
      uint32_t y = (static_cast<uint32_t>(mt[kk]) & kUpper) | (static_cast<uint32_t>(mt[kk + 1]) & kLower);
      mt[kk] = static_cast<uint32_t>(mt[kk + (kMtM - kMtN)]) ^ (y >> 1) ^ mag01[y & 1U];
    }
    uint32_t y = (static_cast<uint32_t>(mt[kMtN - 1]) & kUpper) | (static_cast<uint32_t>(mt[0]) & kLower);
    mt[kMtN - 1] = static_cast<uint32_t>(mt[kMtM - 1]) ^ (y >> 1) ^ mag01[y & 1U];
    mt[kRandomIndex] = 0;
  }
  uint32_t y = static_cast<uint32_t>(mt[mt[kRandomIndex]++]);
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

// The twister's words, or a NotImplementedError for the module's generator before random.seed().
inline int64_t* random_words(Ctx& cx, const List<int64_t>& state) {
  if (FXN_UNLIKELY(state.size() != kRandomStateSize)) {
    cx.Raise("NotImplementedError",
             "fxn: random module function called before random.seed(...): CPython seeds its generator "
             "from os.urandom, so the result cannot be reproduced");
    return nullptr;
  }
  return state.items().data();
}

inline double random_double(int64_t* mt) {
  uint32_t a = random_genrand(mt) >> 5, b = random_genrand(mt) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// getrandbits(k) for 0 < k <= 64, as an unsigned value (words filled least significant first).
inline uint64_t random_bits(int64_t* mt, int k) {
  if (k <= 32) return random_genrand(mt) >> (32 - k);
  uint64_t low = random_genrand(mt);
  uint64_t high = random_genrand(mt) >> (64 - k);
  return low | (high << 32);
}

inline int random_bit_length(uint64_t n) { return n == 0 ? 0 : 64 - __builtin_clzll(n); }

// _randbelow_with_getrandbits(n), n > 0.
inline uint64_t random_below(int64_t* mt, uint64_t n) {
  int k = random_bit_length(n);
  uint64_t r = random_bits(mt, k);
  while (r >= n) r = random_bits(mt, k);
  return r;
}

// ---- seeding ----
FXN_OP("random.new_state", "() -> list[int]", "*")
inline List<int64_t> random_new_state() { return List<int64_t>(); }

FXN_OP("random.seed", "(list[int], int) -> None", "*")
inline void random_seed_int(const List<int64_t>& state, int64_t seed) {
  uint64_t n = seed < 0 ? 0 - static_cast<uint64_t>(seed) : static_cast<uint64_t>(seed);
  random_init_by_array(state, random_key_of(n));
}

FXN_OP("random.seed", "(list[int], bool) -> None", "*")
inline void random_seed_bool(const List<int64_t>& state, bool seed) { random_seed_int(state, seed ? 1 : 0); }

FXN_OP("random.seed", "(list[int], float) -> None", "*")
inline bool random_seed_float(Ctx& cx, const List<int64_t>& state, double seed) {
  if (FXN_UNLIKELY(std::isnan(seed))) {
    return cx.Raise("NotImplementedError", "fxn: random.seed(nan): CPython hashes a NaN by its address");
  }
  random_init_by_array(state, random_key_of(static_cast<uint64_t>(PyHash<double>::Of(seed))));
  return true;
}

// Version 2: the int whose big-endian bytes are the UTF-8 text followed by its SHA-512 digest.
FXN_OP("random.seed", "(list[int], str) -> None", "*")
inline void random_seed_str(const List<int64_t>& state, const Str& seed) {
  std::string_view text = seed.utf8();
  std::vector<unsigned char> bytes(text.begin(), text.end());
  unsigned char digest[64];
  random_sha512(bytes.data(), bytes.size(), digest);
  bytes.insert(bytes.end(), digest, digest + 64);
  size_t start = 0;  // leading zero bytes do not count in the int's bit length
  while (start < bytes.size() && bytes[start] == 0) ++start;
  std::vector<uint32_t> key;
  for (size_t end = bytes.size(); end > start;) {
    uint32_t word = 0;
    for (int b = 0; b < 4 && end > start; ++b) word |= static_cast<uint32_t>(bytes[--end]) << (8 * b);
    key.push_back(word);
  }
  if (key.empty()) key.push_back(0);
  random_init_by_array(state, key);
}

// The module's generator (random.seed, random.random, ...): one per loaded library, as CPython's
// lives as long as its module; hidden visibility keeps libraries apart.
FXN_OP("random.module_state", "() -> list[int]", "*")
inline List<int64_t> random_module_state() {
  static List<int64_t> state;
  return state;
}

// ---- draws ----
FXN_OP("random.random", "(list[int]) -> float", "*")
inline bool random_random(Ctx& cx, const List<int64_t>& state, double& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  out = random_double(mt);
  return true;
}

FXN_OP("random.getrandbits", "(list[int], int) -> int", "*")
inline bool random_getrandbits(Ctx& cx, const List<int64_t>& state, int64_t k, int64_t& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  // CPython reads k as a C int first (and would then draw k / 32 words: past INT_MAX that loop
  // would run for years here).
  if (k > INT32_MAX || k < INT32_MIN) return cx.Raise("OverflowError", "Python int too large to convert to C int");
  if (k < 0) return cx.Raise("ValueError", "number of bits must be non-negative");
  if (k == 0) {
    out = 0;
    return true;
  }
  if (k <= 64) {
    uint64_t r = random_bits(mt, static_cast<int>(k));
    if (r >> 63) return cx.RaiseIntLimit("fxn: getrandbits() result does not fit in 64 bits");
    out = static_cast<int64_t>(r);
    return true;
  }
  // More words than 64 bits: draw them all (as CPython does), then the value must fit.
  uint64_t low = 0;
  bool high_bits = false;
  for (int64_t i = 0, left = k; left > 0; ++i, left -= 32) {
    uint32_t r = random_genrand(mt);
    if (left < 32) r >>= (32 - left);
    if (i < 2) low |= static_cast<uint64_t>(r) << (32 * i);
    else if (r != 0) high_bits = true;
  }
  if (high_bits || (low >> 63)) return cx.RaiseIntLimit("fxn: getrandbits() result does not fit in 64 bits");
  out = static_cast<int64_t>(low);
  return true;
}

FXN_OP("random.randrange", "(list[int], int) -> int", "*")
inline bool random_randrange1(Ctx& cx, const List<int64_t>& state, int64_t stop, int64_t& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  if (stop <= 0) return cx.Raise("ValueError", "empty range for randrange()");
  out = static_cast<int64_t>(random_below(mt, static_cast<uint64_t>(stop)));
  return true;
}

FXN_OP("random.randrange", "(list[int], int, int, int) -> int", "*")
inline bool random_randrange3(Ctx& cx, const List<int64_t>& state, int64_t start, int64_t stop, int64_t step,
                              int64_t& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  if (step == 1 && stop > start) {
    // The width fits in 64 unsigned bits even where stop - start does not fit in int64.
    uint64_t width = static_cast<uint64_t>(stop) - static_cast<uint64_t>(start);
    out = static_cast<int64_t>(static_cast<uint64_t>(start) + random_below(mt, width));
    return true;
  }
  if (step == 1) {
    int64_t width;
    if (__builtin_sub_overflow(stop, start, &width)) return cx.RaiseIntLimit("fxn: randrange() width past 64 bits");
    return cx.Raisef("ValueError", "empty range for randrange() (%lld, %lld, %lld)", static_cast<long long>(start),
                     static_cast<long long>(stop), static_cast<long long>(width));
  }
  if (step == 0) return cx.Raise("ValueError", "zero step for randrange()");
  // n = ceil(|stop - start| / |step|) items in the step's direction, in unsigned 64-bit
  // arithmetic (the distance may not fit in int64); none the other way.
  if ((step > 0 && stop <= start) || (step < 0 && stop >= start)) {
    return cx.Raise("ValueError", "empty range for randrange()");
  }
  uint64_t distance = step > 0 ? static_cast<uint64_t>(stop) - static_cast<uint64_t>(start)
                               : static_cast<uint64_t>(start) - static_cast<uint64_t>(stop);
  uint64_t stride = step > 0 ? static_cast<uint64_t>(step) : 0 - static_cast<uint64_t>(step);
  uint64_t n = distance / stride + (distance % stride != 0);
  uint64_t offset = stride * random_below(mt, n);  // < distance: no wrap
  out = static_cast<int64_t>(step > 0 ? static_cast<uint64_t>(start) + offset : static_cast<uint64_t>(start) - offset);
  return true;
}

FXN_OP("random.randrange", "(list[int], int, int) -> int", "*")
inline bool random_randrange2(Ctx& cx, const List<int64_t>& state, int64_t start, int64_t stop, int64_t& out) {
  return random_randrange3(cx, state, start, stop, 1, out);
}

FXN_OP("random.randint", "(list[int], int, int) -> int", "*")
inline bool random_randint(Ctx& cx, const List<int64_t>& state, int64_t a, int64_t b, int64_t& out) {
  int64_t stop;
  if (__builtin_add_overflow(b, 1, &stop)) return cx.RaiseIntLimit("fxn: randint() bound past 64 bits");
  return random_randrange3(cx, state, a, stop, 1, out);
}

template <class T>
FXN_OP("random.choice", "(list[int], list[T]) -> T", "*")
inline bool random_choice(Ctx& cx, const List<int64_t>& state, const List<T>& seq, T& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  if (seq.size() == 0) return cx.Raise("IndexError", "Cannot choose from an empty sequence");
  out = static_cast<T>(seq.items()[random_below(mt, static_cast<uint64_t>(seq.size()))]);
  return true;
}

FXN_OP("random.choice", "(list[int], str) -> str", "*")
inline bool random_choice_str(Ctx& cx, const List<int64_t>& state, const Str& seq, Str& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  if (seq.size() == 0) return cx.Raise("IndexError", "Cannot choose from an empty sequence");
  auto index = static_cast<int64_t>(random_below(mt, static_cast<uint64_t>(seq.size())));
  std::string_view text = seq.utf8();
  size_t begin = 0;
  for (int64_t cp = 0; cp < index; ++cp) {
    ++begin;
    while (begin < text.size() && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
  }
  size_t end = begin + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  out = Str::FromUtf8(text.substr(begin, end - begin));
  return true;
}

template <class T>
FXN_OP("random.shuffle", "(list[int], list[T]) -> None", "*")
inline bool random_shuffle(Ctx& cx, const List<int64_t>& state, const List<T>& x) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  auto& items = x.items();
  for (int64_t i = x.size() - 1; i >= 1; --i) {
    auto j = static_cast<int64_t>(random_below(mt, static_cast<uint64_t>(i + 1)));
    std::swap(items[static_cast<size_t>(i)], items[static_cast<size_t>(j)]);
  }
  return true;
}

// sample(population, k): the indices CPython picks (a pool for small populations, a set of
// chosen indices for large ones, by its own size rule); `pick(j)` is population[j].
template <class Pick, class T>
inline bool random_sample_indices(Ctx& cx, const List<int64_t>& state, int64_t n, int64_t k, Pick pick, List<T>& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  if (!(0 <= k && k <= n)) return cx.Raise("ValueError", "Sample larger than population or is negative");
  std::vector<typename List<T>::Stored> result;
  result.reserve(static_cast<size_t>(k));
  int64_t setsize = 21;
  if (k > 5) setsize += static_cast<int64_t>(std::pow(4.0, std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0))));
  if (n <= setsize) {
    std::vector<int64_t> pool(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) pool[static_cast<size_t>(i)] = i;
    for (int64_t i = 0; i < k; ++i) {
      auto j = static_cast<size_t>(random_below(mt, static_cast<uint64_t>(n - i)));
      result.push_back(List<T>::Store(pick(pool[j])));
      pool[j] = pool[static_cast<size_t>(n - i - 1)];
    }
  } else {
    std::unordered_set<int64_t> selected;
    for (int64_t i = 0; i < k; ++i) {
      auto j = static_cast<int64_t>(random_below(mt, static_cast<uint64_t>(n)));
      while (selected.count(j)) j = static_cast<int64_t>(random_below(mt, static_cast<uint64_t>(n)));
      selected.insert(j);
      result.push_back(List<T>::Store(pick(j)));
    }
  }
  out = List<T>(std::move(result));
  return true;
}

template <class T>
FXN_OP("random.sample", "(list[int], list[T], int) -> list[T]", "*")
inline bool random_sample(Ctx& cx, const List<int64_t>& state, const List<T>& population, int64_t k, List<T>& out) {
  auto& items = population.items();
  return random_sample_indices(cx, state, population.size(), k,
                               [&](int64_t j) { return static_cast<T>(items[static_cast<size_t>(j)]); }, out);
}

// sample(range(start, stop, step), k) without building the range.
FXN_OP("random.sample_range", "(list[int], int, int, int, int) -> list[int]", "*")
inline bool random_sample_range(Ctx& cx, const List<int64_t>& state, int64_t start, int64_t stop, int64_t step,
                                int64_t k, List<int64_t>& out) {
  if (step == 0) return cx.Raise("ValueError", "range() arg 3 must not be zero");
  int64_t n = 0;
  if (step > 0 && start < stop) n = static_cast<int64_t>((static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1) / static_cast<uint64_t>(step) + 1);
  if (step < 0 && start > stop) n = static_cast<int64_t>((static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1) / (0 - static_cast<uint64_t>(step)) + 1);
  return random_sample_indices(cx, state, n, k, [&](int64_t j) { return start + j * step; }, out);
}

// choices(population, k=k) without weights: population[floor(random() * n)].
template <class T>
FXN_OP("random.choices", "(list[int], list[T], int) -> list[T]", "*")
inline bool random_choices(Ctx& cx, const List<int64_t>& state, const List<T>& population, int64_t k, List<T>& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  const double n = static_cast<double>(population.size());
  std::vector<typename List<T>::Stored> result;
  for (int64_t i = 0; i < k; ++i) {
    auto j = static_cast<size_t>(std::floor(random_double(mt) * n));
    if (j >= population.items().size()) return cx.Raise("IndexError", "list index out of range");
    result.push_back(population.items()[j]);
  }
  out = List<T>(std::move(result));
  return true;
}

// choices with weights (cumulative = false: accumulated first) or cum_weights: bisect_right of
// random() * total in the cumulative weights, over [0, n - 1).
template <class T, class W>
inline bool random_choices_weighted(Ctx& cx, const List<int64_t>& state, const List<T>& population,
                                    const List<W>& weights, bool cumulative, int64_t k, List<T>& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  std::vector<double> cum;
  W running = 0;
  for (const auto& w : weights.items()) {
    W value = static_cast<W>(w);
    if (!cumulative) {
      if constexpr (std::is_same_v<W, int64_t>) {
        if (__builtin_add_overflow(running, value, &running)) return cx.RaiseIntLimit("fxn: weights past 64 bits");
      } else {
        running += value;
      }
      value = running;
    }
    if constexpr (std::is_same_v<W, int64_t>) {
      // Compared with floats exactly below 2**53 only.
      if (value > (int64_t{1} << 53) || value < -(int64_t{1} << 53)) {
        return cx.RaiseIntLimit("fxn: int weights past 2**53");
      }
    }
    cum.push_back(static_cast<double>(value));
  }
  const int64_t n = population.size();
  if (static_cast<int64_t>(cum.size()) != n) {
    return cx.Raise("ValueError", "The number of weights does not match the population");
  }
  if (cum.empty()) return cx.Raise("IndexError", "list index out of range");
  const double total = cum.back() + 0.0;
  if (total <= 0.0) return cx.Raise("ValueError", "Total of weights must be greater than zero");
  if (!std::isfinite(total)) return cx.Raise("ValueError", "Total of weights must be finite");
  std::vector<typename List<T>::Stored> result;
  const int64_t hi_end = n - 1;
  for (int64_t i = 0; i < k; ++i) {
    double x = random_double(mt) * total;
    int64_t lo = 0, hi = hi_end;
    while (lo < hi) {
      int64_t mid = (lo + hi) / 2;
      if (x < cum[static_cast<size_t>(mid)]) hi = mid;
      else lo = mid + 1;
    }
    result.push_back(population.items()[static_cast<size_t>(lo)]);
  }
  out = List<T>(std::move(result));
  return true;
}

template <class T>
FXN_OP("random.choices_weights", "(list[int], list[T], list[int], int) -> list[T]", "*")
inline bool random_choices_int_weights(Ctx& cx, const List<int64_t>& state, const List<T>& population,
                                       const List<int64_t>& weights, int64_t k, List<T>& out) {
  return random_choices_weighted(cx, state, population, weights, false, k, out);
}

template <class T>
FXN_OP("random.choices_weights", "(list[int], list[T], list[float], int) -> list[T]", "*")
inline bool random_choices_float_weights(Ctx& cx, const List<int64_t>& state, const List<T>& population,
                                         const List<double>& weights, int64_t k, List<T>& out) {
  return random_choices_weighted(cx, state, population, weights, false, k, out);
}

template <class T>
FXN_OP("random.choices_cum_weights", "(list[int], list[T], list[int], int) -> list[T]", "*")
inline bool random_choices_int_cum_weights(Ctx& cx, const List<int64_t>& state, const List<T>& population,
                                           const List<int64_t>& weights, int64_t k, List<T>& out) {
  return random_choices_weighted(cx, state, population, weights, true, k, out);
}

template <class T>
FXN_OP("random.choices_cum_weights", "(list[int], list[T], list[float], int) -> list[T]", "*")
inline bool random_choices_float_cum_weights(Ctx& cx, const List<int64_t>& state, const List<T>& population,
                                             const List<double>& weights, int64_t k, List<T>& out) {
  return random_choices_weighted(cx, state, population, weights, true, k, out);
}

// ---- real-valued distributions (ints are promoted by the front end, except where noted) ----
FXN_OP("random.uniform", "(list[int], float, float) -> float", "*")
inline bool random_uniform(Ctx& cx, const List<int64_t>& state, double a, double b, double& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  out = a + (b - a) * random_double(mt);
  return true;
}

// Two ints: b - a is an int subtraction first, as in CPython.
FXN_OP("random.uniform", "(list[int], int, int) -> float", "*")
inline bool random_uniform_int(Ctx& cx, const List<int64_t>& state, int64_t a, int64_t b, double& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  int64_t width;
  if (__builtin_sub_overflow(b, a, &width)) return cx.RaiseIntLimit("fxn: uniform() width past 64 bits");
  out = static_cast<double>(a) + static_cast<double>(width) * random_double(mt);
  return true;
}

inline double random_triangular_core(double u, double low, double high, double c) {
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return low + (high - low) * std::sqrt(u * c);
}

FXN_OP("random.triangular", "(list[int], float, float) -> float", "*")
inline bool random_triangular2(Ctx& cx, const List<int64_t>& state, double low, double high, double& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  out = random_triangular_core(random_double(mt), low, high, 0.5);
  return true;
}

// With a mode: high == low is CPython's ZeroDivisionError, answered with `low` itself.
// `ints`: some argument was an int, so CPython's answer there is an int, which a float result
// cannot be: fxn raises instead.
FXN_OP("random.triangular", "(list[int], float, float, float, bool) -> float", "*")
inline bool random_triangular3(Ctx& cx, const List<int64_t>& state, double low, double high, double mode, bool ints,
                               double& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  double u = random_double(mt);
  if (high - low == 0.0) {
    if (ints) return cx.Raise("NotImplementedError", "fxn: triangular() with high == low returns the int low in CPython");
    out = low;
    return true;
  }
  out = random_triangular_core(u, low, high, (mode - low) / (high - low));
  return true;
}

inline constexpr double kRandomNvMagic = 1.7155277699214135;  // 4 * exp(-0.5) / sqrt(2.0)

FXN_OP("random.normalvariate", "(list[int], float, float) -> float", "*")
inline bool random_normalvariate(Ctx& cx, const List<int64_t>& state, double mu, double sigma, double& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  double z;
  while (true) {
    double u1 = random_double(mt);
    double u2 = 1.0 - random_double(mt);
    z = kRandomNvMagic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  out = mu + z * sigma;
  return true;
}

FXN_OP("random.lognormvariate", "(list[int], float, float) -> float", "*")
inline bool random_lognormvariate(Ctx& cx, const List<int64_t>& state, double mu, double sigma, double& out) {
  double normal;
  if (!random_normalvariate(cx, state, mu, sigma, normal)) return false;
  out = std::exp(normal);
  if (std::isinf(out) && std::isfinite(normal)) return cx.Raise("OverflowError", "math range error");
  return true;
}

FXN_OP("random.gauss", "(list[int], float, float) -> float", "*")
inline bool random_gauss(Ctx& cx, const List<int64_t>& state, double mu, double sigma, double& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  double z;
  if (mt[kRandomGaussSet]) {
    std::memcpy(&z, &mt[kRandomGaussNext], sizeof z);
    mt[kRandomGaussSet] = 0;
  } else {
    double x2pi = random_double(mt) * 6.283185307179586;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - random_double(mt)));
    z = std::cos(x2pi) * g2rad;
    double next = std::sin(x2pi) * g2rad;
    std::memcpy(&mt[kRandomGaussNext], &next, sizeof next);
    mt[kRandomGaussSet] = 1;
  }
  out = mu + z * sigma;
  return true;
}

FXN_OP("random.expovariate", "(list[int], float) -> float", "*")
inline bool random_expovariate(Ctx& cx, const List<int64_t>& state, double lambd, double& out) {
  int64_t* mt = random_words(cx, state);
  if (mt == nullptr) return false;
  double numerator = -std::log(1.0 - random_double(mt));
  if (lambd == 0.0) return cx.Raise("ZeroDivisionError", "float division by zero");
  out = numerator / lambd;
  return true;
}

}  // namespace fxn::ops
