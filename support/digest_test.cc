#include "support/digest.h"

#include <gtest/gtest.h>

namespace fxn {
namespace {

TEST(Digest, KnownVector) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Digest, PartsAreLengthPrefixed) {
  Sha256Builder a, b;
  a.AddPart("ab").AddPart("c");
  b.AddPart("a").AddPart("bc");
  EXPECT_NE(a.HexDigest(), b.HexDigest());
}

}  // namespace
}  // namespace fxn
