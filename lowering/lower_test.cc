#include "lowering/lower.h"

#include <gtest/gtest.h>

#include "absl/strings/str_cat.h"

#include "ir/test_modules.h"
#include "ir/verifier.h"

namespace fxn::lowering {
namespace {

using ir::Type;
using ir::testing::Fib;

TEST(Lower, EveryOperationGoesThroughTheRegistry) {
  auto lowered = Lower(Fib(), {});
  ASSERT_TRUE(lowered.ok()) << lowered.status();
  const size_t unbounded_at = lowered->source.find("namespace fxn_generated_unbounded {");
  ASSERT_NE(unbounded_at, std::string::npos) << lowered->source;
  const std::string src = lowered->source.substr(0, unbounded_at);  // the int64_t copy
  EXPECT_NE(src.find("fxn::ops::int_lt(p_n, v_c2)"), std::string::npos) << src;       // pure
  EXPECT_NE(src.find("fxn::ops::int_sub(cx, p_n, v_c1, v_sub)"), std::string::npos) << src;  // fallible
  // `return fib(n - 1) + fib(n - 2)`: the second call is a jump, its addend a running sum.
  EXPECT_NE(src.find("fxn_tail_sum.Add(v_r1);\n  int64_t fxn_next_0 = v_sub_1;\n  p_n = std::move(fxn_next_0);\n"
                     "  depth += 1;\n  goto fxn_tail_call;"),
            std::string::npos)
      << src;
  EXPECT_NE(src.find("if (FXN_UNLIKELY(!fxn_tail_sum.Finish(cx, p_n, fxn_ret)))"), std::string::npos) << src;
  EXPECT_EQ(src.find("fn_fib__int(cx, depth + 1, v_sub_1)"), std::string::npos) << src;
  EXPECT_NE(src.find("const int64_t v_r1 = fn_fib__int(cx, depth + 1, v_sub);"), std::string::npos) << src;  // user call
  EXPECT_NE(src.find("if (FXN_UNLIKELY(depth > cx.recursion_limit))"), std::string::npos) << src;
  // The same function over fxn::Int, through fxn::Int's kernels, for the calls the first copy leaves.
  const std::string unbounded = lowered->source.substr(unbounded_at);
  EXPECT_NE(unbounded.find("static fxn::Int fn_fib__int(fxn::Ctx& cx, int depth, fxn::Int p_n)"), std::string::npos)
      << unbounded;
  EXPECT_NE(unbounded.find("fxn::intops::lt(p_n, v_c2)"), std::string::npos) << unbounded;
  EXPECT_NE(unbounded.find("fxn::intops::sub(cx, p_n, v_c1, v_sub)"), std::string::npos) << unbounded;
  EXPECT_EQ(unbounded.find("fxn::ops::"), std::string::npos) << unbounded;
  EXPECT_EQ(unbounded.find("fxn_tail_sum"), std::string::npos) << unbounded;  // IntTailSum adds int64_t
  // The entries run the int64_t copy under speculation and go to the other on Ctx::kDeopt.
  EXPECT_NE(unbounded.find("extern \"C\" FXN_EXPORT fxn_status fxn_fib(int64_t n, int64_t* fxn_result"), std::string::npos);
  EXPECT_NE(unbounded.find("fxn_call(const fxn_value* args"), std::string::npos);
  EXPECT_NE(unbounded.find("fxn_cx.speculating = true;"), std::string::npos) << unbounded;
  EXPECT_NE(unbounded.find("if (fxn_cx.Deopting()) goto fxn_unbounded;"), std::string::npos) << unbounded;
  EXPECT_NE(unbounded.find("const fxn::Int fxn_r = fxn_generated_unbounded::fn_fib__int(fxn_cx, 1, n);"),
            std::string::npos)
      << unbounded;
  EXPECT_EQ(lowered->typed_entry, "fxn_fib");
  EXPECT_NE(lowered->header.find("fxn_status fxn_fib(int64_t n, int64_t* fxn_result, fxn_error* fxn_error_out);"),
            std::string::npos)
      << lowered->header;
  EXPECT_EQ(lowered->signature_json,
            "{\"entry\": \"fib\", \"symbol\": \"fxn_fib\", \"params\": [{\"name\": \"n\", \"type\": \"int\"}], "
            "\"returns\": \"int\"}");
}

TEST(Lower, InterleavesTheSourceLines) {
  LowerOptions options;
  options.python_source = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n";
  ir::Module m = Fib();
  m.functions[0].body.nodes[2].loc = {2, 8};
  auto lowered = Lower(m, options);
  ASSERT_TRUE(lowered.ok()) << lowered.status();
  EXPECT_NE(lowered->source.find("// 2: if n < 2:"), std::string::npos) << lowered->source;
}

// Text from the trace that lands in comments (the file name, source lines) cannot end the
// comment: a lone \r ends a // comment for clang, a trailing backslash splices the next line.
TEST(Lower, TraceTextStaysInsideComments) {
  LowerOptions options;
  options.python_source = "def fib(n):\n    if n < 2:  # \r system(\"INJECTED\"); \\\n        return n\n";
  ir::Module m = Fib();
  m.source_file = "fib.py\nINJECTED();\r*/ INJECTED(); /*";
  m.functions[0].body.nodes[2].loc = {2, 8};
  auto lowered = Lower(m, options);
  ASSERT_TRUE(lowered.ok()) << lowered.status();
  for (const std::string& text : {lowered->source, lowered->header}) {
    int seen = 0;
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(start, end - start);
      start = end + 1;
      if (line.find("INJECTED") == std::string::npos) continue;
      ++seen;
      std::string trimmed = line.substr(line.find_first_not_of(' '));
      EXPECT_TRUE(trimmed.starts_with("//") || trimmed.starts_with("/*")) << line;
      EXPECT_EQ(line.find('\r'), std::string::npos) << line;
      EXPECT_FALSE(line.ends_with("\\")) << line;
      if (trimmed.starts_with("/*")) EXPECT_EQ(line.find("*/"), line.rfind("*/")) << line;  // closed once, at its end
    }
    EXPECT_GT(seen, 0);
  }
}

TEST(Lower, UnknownOperatorIsAnErrorNamingTheSource) {
  ir::Module m = Fib();
  m.functions[0].body.nodes[2].target = "operator.matmul";
  m.functions[0].body.nodes[2].loc = {2, 8};
  auto lowered = Lower(m, {});
  ASSERT_FALSE(lowered.ok());
  EXPECT_EQ(lowered.status().message(), "fib.py:2:8: error: no operator operator.matmul(int, int) for target linux-x86_64");
}

// Inside try the callee's exception must reach this frame's handlers: the call stays a call.
TEST(Lower, NoTailJumpInsideTry) {
  ir::Module m = Fib();
  auto& nodes = m.functions[0].body.nodes;
  ir::Block body;
  body.nodes.assign(nodes.end() - 5, nodes.end());  // sub, r1, sub_1, r2, add, output
  body.nodes.insert(body.nodes.begin(), *(nodes.end() - 6));
  nodes.erase(nodes.end() - 6, nodes.end());
  ir::Node handler = ir::testing::Statement(ir::Op::kExcept, "", {}, {ir::Block{{ir::testing::Statement(
                                                                          ir::Op::kOutput, "", {"n"})}}});
  handler.names = {"OverflowError"};
  nodes.push_back(ir::testing::Statement(ir::Op::kTry, "", {}, {body, ir::Block{{handler}}, ir::Block{}, ir::Block{}}));
  auto lowered = Lower(m, {});
  ASSERT_TRUE(lowered.ok()) << lowered.status();
  const std::string& src = lowered->source;
  EXPECT_NE(src.find("fn_fib__int(cx, depth + 1, v_sub_1)"), std::string::npos) << src;
  EXPECT_EQ(src.find("fxn_tail"), std::string::npos) << src;
}

// Speculation: in the int64_t copy a bare except and a finally block let Ctx::kDeopt pass (the
// call re-runs in the copy over fxn::Int, so neither may see it); that copy handles as Python does.
TEST(Lower, SpeculatingCopyLetsTheReRunPass) {
  ir::Module m = Fib();
  auto& nodes = m.functions[0].body.nodes;
  ir::Block body;
  body.nodes.assign(nodes.end() - 5, nodes.end());
  body.nodes.insert(body.nodes.begin(), *(nodes.end() - 6));
  nodes.erase(nodes.end() - 6, nodes.end());
  ir::Node handler = ir::testing::Statement(ir::Op::kExcept, "", {}, {ir::Block{{ir::testing::Statement(
                                                                          ir::Op::kOutput, "", {"n"})}}});
  ir::Node one = ir::testing::Value(ir::Op::kConstant, "c_fin", "", {}, Type::Int());
  one.value = int64_t{1};
  nodes.push_back(ir::testing::Statement(ir::Op::kTry, "", {},
                                         {body, ir::Block{{handler}}, ir::Block{}, ir::Block{{one}}}));
  auto lowered = Lower(m, {});
  ASSERT_TRUE(lowered.ok()) << lowered.status();
  const size_t unbounded_at = lowered->source.find("namespace fxn_generated_unbounded {");
  ASSERT_NE(unbounded_at, std::string::npos) << lowered->source;
  const std::string fast = lowered->source.substr(0, unbounded_at), unbounded = lowered->source.substr(unbounded_at);
  // Both copies: neither the re-run nor fxn's own limits (Ctx::Uncatchable) reach Python code.
  for (const std::string* copy : {&fast, &unbounded}) {
    EXPECT_NE(copy->find("if (!cx.Uncatchable()) {"), std::string::npos) << *copy;
    EXPECT_NE(copy->find(absl::StrCat("if (FXN_UNLIKELY(cx.Uncatchable())) return fxn::Unset<",
                                      copy == &fast ? "int64_t" : "fxn::Int", ">();\n"
                                      "      const fxn::Exc fxn_pending_1 = cx.Take();")),
              std::string::npos)
        << *copy;
  }
}

// A module in which no int operation could leave 64 bits keeps one copy, and says why.
TEST(Lower, NoUnboundedCopyWithoutIntOperations) {
  auto lowered = Lower(ir::testing::ClassAndTry(), {});
  ASSERT_TRUE(lowered.ok()) << lowered.status();
  EXPECT_EQ(lowered->source.find("fxn_generated_unbounded"), std::string::npos) << lowered->source;
  EXPECT_EQ(lowered->source.find("speculating"), std::string::npos) << lowered->source;
  EXPECT_EQ(lowered->source.find("Deopting"), std::string::npos) << lowered->source;
  EXPECT_NE(lowered->source.find("// Ints: 64-bit (no int operation could leave 64 bits).\n"), std::string::npos)
      << lowered->source;
  EXPECT_FALSE(lowered->unbounded_copy);
}

// Classes are emitted again in the copy over unbounded ints, with fxn::Int fields.
TEST(Lower, ClassesHaveTheirOwnStructsInTheUnboundedCopy) {
  ir::Module m = Fib();
  m.classes = {{"Counter", {{"n", Type::Int()}}, false}};
  auto lowered = Lower(m, {});
  ASSERT_TRUE(lowered.ok()) << lowered.status();
  ASSERT_TRUE(lowered->unbounded_copy);
  const std::string& src = lowered->source;
  const size_t unbounded_at = src.find("namespace fxn_generated_unbounded {");
  ASSERT_NE(unbounded_at, std::string::npos) << src;
  EXPECT_LT(src.find("struct C_Counter"), unbounded_at) << src;
  EXPECT_NE(src.find("struct C_Counter", unbounded_at), std::string::npos) << src;
  EXPECT_NE(src.find("fxn::Int f_n", unbounded_at), std::string::npos) << src;
  EXPECT_NE(src.find("int64_t f_n"), std::string::npos) << src;
  EXPECT_NE(src.find("// Ints: past 64 bits the call runs again in a copy over unbounded ints"), std::string::npos);
}

// def first(rows: list[list[float]], i: int) -> float: row = rows[i]; [rows[i] = row;] return row[0]
ir::Module RowOf(bool store_back) {
  using ir::Op;
  using ir::testing::Statement;
  using ir::testing::Value;
  const Type row_type = Type::List(Type::Float()), rows_type = Type::List(row_type);
  ir::Module m;
  m.source_file = "rows.py";
  m.entry = "first";
  ir::Function f;
  f.symbol = "first";
  f.python_name = "first";
  f.params = {{"rows", rows_type}, {"i", Type::Int()}};
  f.return_type = Type::Float();
  f.variables = {{"rows", rows_type, false}, {"i", Type::Int(), false}, {"row", row_type, false}};
  f.line = 1;
  auto& b = f.body.nodes;
  b.push_back(Value(Op::kPlaceholder, "rows", "rows", {}, rows_type));
  b.push_back(Statement(Op::kStore, "rows", {"rows"}));
  b.push_back(Value(Op::kPlaceholder, "i", "i", {}, Type::Int()));
  b.push_back(Statement(Op::kStore, "i", {"i"}));
  b.push_back(Value(Op::kLoad, "rows_1", "rows", {}, rows_type));
  b.push_back(Value(Op::kLoad, "i_1", "i", {}, Type::Int()));
  b.push_back(Value(Op::kCallFunction, "getitem", "operator.getitem", {"rows_1", "i_1"}, row_type));
  b.push_back(Statement(Op::kStore, "row", {"getitem"}));
  if (store_back) {
    b.push_back(Value(Op::kLoad, "rows_2", "rows", {}, rows_type));
    b.push_back(Value(Op::kLoad, "row_2", "row", {}, row_type));
    b.push_back(Statement(Op::kCallFunction, "operator.setitem", {"rows_2", "i_1", "row_2"}));
  }
  b.push_back(Value(Op::kLoad, "row_1", "row", {}, row_type));
  ir::Node zero = Value(Op::kConstant, "c0", "", {}, Type::Int());
  zero.value = int64_t{0};
  b.push_back(zero);
  b.push_back(Value(Op::kCallFunction, "getitem_1", "operator.getitem", {"row_1", "c0"}, Type::Float()));
  b.push_back(Statement(Op::kOutput, "", {"getitem_1"}));
  m.functions.push_back(std::move(f));
  return m;
}

// A local that only holds items of a list nothing can change keeps the item's address.
TEST(Lower, BorrowsItemsOfListsNothingChanges) {
  auto lowered = Lower(RowOf(false), {});
  ASSERT_TRUE(lowered.ok()) << lowered.status();
  const std::string& src = lowered->source;
  EXPECT_NE(src.find("const fxn::List<double>* l_row = nullptr;"), std::string::npos) << src;
  EXPECT_NE(src.find("fxn::ops::list_item_ref(cx, v_rows_1, v_i_1, v_getitem)"), std::string::npos) << src;
  EXPECT_NE(src.find("const fxn::List<double>& v_row_1 = *l_row;"), std::string::npos) << src;
}

TEST(Lower, NoBorrowFromAListTheFunctionChanges) {
  auto lowered = Lower(RowOf(true), {});
  ASSERT_TRUE(lowered.ok()) << lowered.status();
  const std::string& src = lowered->source;
  EXPECT_NE(src.find("fxn::List<double> l_row = fxn::Unset<fxn::List<double>>();"), std::string::npos) << src;
  EXPECT_EQ(src.find("list_item_ref"), std::string::npos) << src;
}

TEST(Lower, ClassesTryAndStrLiterals) {
  auto lowered = Lower(ir::testing::ClassAndTry(), {});
  ASSERT_TRUE(lowered.ok()) << lowered.status();
  const std::string& src = lowered->source;
  // A class is a struct of typed fields; instances are reference-counted handles.
  EXPECT_NE(src.find("struct C_Counter {  // class Counter"), std::string::npos) << src;
  EXPECT_NE(src.find("fxn::Ref<fxn_generated::C_Counter> v_obj = fxn::Ref<fxn_generated::C_Counter>::New();"),
            std::string::npos) << src;
  EXPECT_NE(src.find("v_obj->f_n = v_one;"), std::string::npos) << src;
  // A str literal is static, its bytes escaped so any content survives.
  EXPECT_NE(src.find("static const fxn::Str v_message = fxn::Str::Literal(\"it's \\\"quoted\\\"\", 13);"),
            std::string::npos) << src;
  // raise inside try jumps to the handlers, which match the listed classes and bind `as e`.
  EXPECT_NE(src.find("cx.RaiseView(\"ValueError\", v_message.utf8());"), std::string::npos) << src;
  EXPECT_NE(src.find("goto fxn_except_1;"), std::string::npos) << src;
  EXPECT_NE(src.find("if (cx.Matches({\"KeyError\", \"UnicodeError\", \"ValueError\"})) {"), std::string::npos) << src;
  EXPECT_NE(src.find("l_e = fxn_exc_1;"), std::string::npos) << src;
}

TEST(Lower, OperatorTypesMustMatchTheRegistry) {
  ir::Module m = Fib();
  m.functions[0].body.nodes[2].type = ir::Type::Int();  // int < int is a bool, not an int
  EXPECT_FALSE(Lower(m, {}).ok());
}

}  // namespace
}  // namespace fxn::lowering
