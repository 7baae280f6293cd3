/* fxn.h: the public C interface every fxn artifact exports.
 *
 * Values: one model everywhere (proto, JSON, C). A fxn_value is an opaque, owned tree of
 * null, bool, int (Python's: any size), float (64-bit), str, list, tuple, dict and tensor (a
 * NumPy ndarray: dtype, shape, C-order data). JSON is its text form: plain JSON for scalars,
 * lists and dicts; ints of any size in decimal, exactly (fxn_value_from_json reads an int of
 * up to 100,000 digits, and up to 1,000,000 digits of ints past 64 bits in one document);
 * floats print as Python's repr does, and NaN, Infinity and -Infinity are accepted and
 * printed as Python's json module does; a tensor is
 * {"tensor": {"dtype": "float32", "shape": [2, 3], "data": [flat C-order items]}}.
 *
 * Calls: each artifact exports a typed entry point (declared in its own header) and the
 * generic entry fxn_call below. A Python exception raised inside compiled code comes back as
 * FXN_ERROR with the exception's type name and message; it never takes down the caller. */
#ifndef FXN_H_
#define FXN_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define FXN_EXPORT __declspec(dllexport)
#else
#define FXN_EXPORT __attribute__((visibility("default")))
#endif

/* 4: ints past 64 bits (fxn_int_from_digits, fxn_value_int_fits, fxn_value_int_digits). */
#define FXN_ABI_VERSION 4

typedef enum fxn_kind {
  FXN_NONE = 0,
  FXN_BOOL = 1,
  FXN_INT = 2,
  FXN_FLOAT = 3,
  FXN_STR = 4,
  FXN_LIST = 5,
  FXN_TUPLE = 6,
  FXN_DICT = 7,
  FXN_TENSOR = 8,
} fxn_kind;

/* Element types of a tensor, as NumPy names them. */
typedef enum fxn_dtype {
  FXN_DT_BOOL = 0,
  FXN_DT_INT8 = 1,
  FXN_DT_INT16 = 2,
  FXN_DT_INT32 = 3,
  FXN_DT_INT64 = 4,
  FXN_DT_UINT8 = 5,
  FXN_DT_UINT16 = 6,
  FXN_DT_UINT32 = 7,
  FXN_DT_UINT64 = 8,
  FXN_DT_FLOAT32 = 9,
  FXN_DT_FLOAT64 = 10,
} fxn_dtype;

/* NumPy's limit on dimensions. */
#define FXN_MAX_DIMS 32

typedef enum fxn_status {
  FXN_OK = 0,
  FXN_ERROR = 1, /* a Python exception: see fxn_error */
} fxn_status;

typedef struct fxn_value fxn_value;

/* An exception raised by compiled code: CPython's type name and str() of the exception. The
 * message is whole (any length, NUL bytes kept: message_len counts them) and NUL-terminated;
 * a call that returns FXN_ERROR sets it, and the caller frees it with fxn_error_clear. */
typedef struct fxn_error {
  char type[64];
  char* message;
  size_t message_len;
} fxn_error;

/* Frees an error's message and empties it; safe on a zero-initialized or cleared error. */
FXN_EXPORT void fxn_error_clear(fxn_error* error);

/* Constructors. Each returns a new value the caller owns (free with fxn_value_free). */
FXN_EXPORT fxn_value* fxn_none(void);
FXN_EXPORT fxn_value* fxn_bool(bool b);
FXN_EXPORT fxn_value* fxn_int(int64_t i);
/* An int of any size: its sign and magnitude as n base-2**32 digits, least significant first
 * (a Python int's abs(x).to_bytes(4 * n, "little") read as uint32s). Leading zero digits are
 * ignored; a value that fits int64_t is an ordinary fxn_int (so -0 is 0). */
FXN_EXPORT fxn_value* fxn_int_from_digits(bool negative, const uint32_t* digits, size_t n);
FXN_EXPORT fxn_value* fxn_float(double f);
FXN_EXPORT fxn_value* fxn_str(const char* utf8, size_t len);
FXN_EXPORT fxn_value* fxn_list(void);
FXN_EXPORT fxn_value* fxn_tuple(void);
FXN_EXPORT fxn_value* fxn_dict(void);
/* A tensor of the given dtype and shape (ndim <= FXN_MAX_DIMS, every extent >= 0). data holds
 * the items in C order and native byte order and is copied; NULL data gives zeros. Returns NULL
 * for an invalid shape. */
FXN_EXPORT fxn_value* fxn_tensor(fxn_dtype dtype, size_t ndim, const int64_t* shape, const void* data);
/* Appends to a list or tuple, taking ownership of item. */
FXN_EXPORT void fxn_seq_append(fxn_value* seq, fxn_value* item);
/* Sets key to item in a dict (keeps the first insertion position), taking ownership of both. */
FXN_EXPORT void fxn_dict_set(fxn_value* dict, fxn_value* key, fxn_value* item);

/* Accessors. Reading a value as the wrong kind returns 0, 0.0, false or NULL; so does
 * fxn_value_int of an int that does not fit int64_t (check fxn_value_int_fits first). */
FXN_EXPORT fxn_kind fxn_value_kind(const fxn_value* v);
FXN_EXPORT bool fxn_value_bool(const fxn_value* v);
FXN_EXPORT int64_t fxn_value_int(const fxn_value* v);
/* Whether v is an int that fits int64_t (fxn_value_int reads it); false for a bigger int and
 * for every other kind. */
FXN_EXPORT bool fxn_value_int_fits(const fxn_value* v);
/* Any int's sign (in *negative, if non-NULL) and magnitude as base-2**32 digits, least
 * significant first, no leading zero digit (0 has none). Returns the number of digits the
 * magnitude has and writes the first min(that, cap) of them to out (out may be NULL when cap
 * is 0: call once to size the buffer). For another kind: 0, with *negative false. */
FXN_EXPORT size_t fxn_value_int_digits(const fxn_value* v, bool* negative, uint32_t* out, size_t cap);
FXN_EXPORT double fxn_value_float(const fxn_value* v);
FXN_EXPORT const char* fxn_value_str(const fxn_value* v, size_t* len);
/* A tensor's parts; for any other kind: FXN_DT_BOOL, 0, NULL, NULL. The data is C-ordered. */
FXN_EXPORT fxn_dtype fxn_tensor_dtype(const fxn_value* v);
FXN_EXPORT size_t fxn_tensor_ndim(const fxn_value* v);
FXN_EXPORT const int64_t* fxn_tensor_shape(const fxn_value* v);
FXN_EXPORT const void* fxn_tensor_data(const fxn_value* v);
FXN_EXPORT void* fxn_tensor_mutable_data(fxn_value* v);
/* Bytes per item and NumPy's name ("float32") of a dtype; 0 and NULL for an unknown one. */
FXN_EXPORT size_t fxn_dtype_size(fxn_dtype dtype);
FXN_EXPORT const char* fxn_dtype_name(fxn_dtype dtype);
/* Number of items of a list, tuple or dict. */
FXN_EXPORT size_t fxn_value_len(const fxn_value* v);
/* Item i of a list or tuple, or the i-th key / value of a dict; borrowed from v. */
FXN_EXPORT const fxn_value* fxn_seq_item(const fxn_value* v, size_t i);
FXN_EXPORT const fxn_value* fxn_dict_key(const fxn_value* v, size_t i);
FXN_EXPORT const fxn_value* fxn_dict_item(const fxn_value* v, size_t i);
FXN_EXPORT void fxn_value_free(fxn_value* v);

/* JSON text form. fxn_value_from_json returns NULL on bad input and, if error is non-NULL,
 * a message in *error (free with fxn_string_free). Strings from fxn_value_to_json are freed
 * with fxn_string_free. */
FXN_EXPORT fxn_value* fxn_value_from_json(const char* json, size_t len, char** error);
FXN_EXPORT char* fxn_value_to_json(const fxn_value* v);
FXN_EXPORT void fxn_string_free(char* s);

/* The generic entry: args is a list or tuple of the positional arguments. On FXN_OK *result is
 * a new value the caller owns; on FXN_ERROR, error holds the Python exception (a TypeError when
 * the arguments do not match the compiled signature). */
FXN_EXPORT fxn_status fxn_call(const fxn_value* args, fxn_value** result, fxn_error* error);

/* The generic entry in text form, for loaders that speak JSON (the harness, JavaScript):
 * args_json is a JSON array of the positional arguments; returns, as a new string freed with
 * fxn_string_free, {"ok": RESULT} or {"error": {"type": T, "message": M}}. */
FXN_EXPORT char* fxn_call_json(const char* args_json, size_t len);
/* Memory for a loader to pass strings in (WebAssembly): freed with fxn_string_free. */
FXN_EXPORT char* fxn_alloc(size_t size);

/* The compiled signature as JSON: {"entry": ..., "params": [{"name":..,"type":..}], "returns": ..}. */
FXN_EXPORT const char* fxn_signature(void);
FXN_EXPORT int fxn_abi_version(void);

#ifdef __cplusplus
}
#endif

#endif /* FXN_H_ */
