#include "operator_registry/registry.h"

#include <gtest/gtest.h>

namespace fxn::ops {
namespace {

TypeTerm T(const char* s) { return *TypeTerm::Parse(s); }

TEST(Registry, FindsByTargetAndTypes) {
  const auto& r = Registry::Get();
  auto add = r.Find("operator.add", {T("int"), T("int")});
  ASSERT_TRUE(add);
  EXPECT_EQ(add->op->kernel, "int_add");
  EXPECT_TRUE(add->op->may_raise());
  auto fadd = r.Find("operator.add", {T("float"), T("float")});
  ASSERT_TRUE(fadd);
  EXPECT_EQ(fadd->op->kernel, "float_add");
  EXPECT_FALSE(fadd->op->may_raise());
  EXPECT_FALSE(r.Find("operator.add", {T("int"), T("float")}));  // promotion is the front end's job
}

TEST(Registry, BindsTypeVariables) {
  const auto& r = Registry::Get();
  auto get = r.Find("operator.getitem", {T("list[list[float]]"), T("int")});
  ASSERT_TRUE(get);
  EXPECT_EQ(get->result.ToString(), "list[float]");
  EXPECT_FALSE(r.Find("list.append", {T("list[int]"), T("float")}));
  TypeTerm hint = T("list[bool]");
  auto empty = r.Find("fxn.empty_list", {}, "", &hint);
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->result.ToString(), "list[bool]");
}

TEST(Registry, Variadic) {
  const auto& r = Registry::Get();
  EXPECT_TRUE(r.Find("builtins.max", {T("int"), T("int"), T("int"), T("int")}));
  EXPECT_FALSE(r.Find("builtins.max", {T("int")}));
  auto lit = r.Find("fxn.build_list", {T("float"), T("float")});
  ASSERT_TRUE(lit);
  EXPECT_EQ(lit->result.ToString(), "list[float]");
}

TEST(Registry, TypeTermsRoundTrip) {
  EXPECT_EQ(T("tuple[int, list[float]]").ToString(), "tuple[int, list[float]]");
  EXPECT_FALSE(TypeTerm::Parse("list[int"));
}

TEST(Registry, EveryOperatorServesEveryTargetOrNamesIt) {
  for (const auto& op : Registry::Get().operators()) {
    EXPECT_FALSE(op.targets.empty()) << op.python_target;
    EXPECT_FALSE(op.kernel.empty()) << op.python_target;
  }
  EXPECT_EQ(Registry::Get().Digest().size(), 64u);
}

}  // namespace
}  // namespace fxn::ops
