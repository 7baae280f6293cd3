#include <gtest/gtest.h>

#include "ir/ir.h"
#include "ir/printer.h"
#include "ir/proto_convert.h"
#include "ir/verifier.h"

namespace fxn::ir {
namespace {

Node Value(Op op, std::string name, std::string target, std::vector<std::string> args, Type type) {
  Node n;
  n.op = op;
  n.name = std::move(name);
  n.target = std::move(target);
  n.args = std::move(args);
  n.type = std::move(type);
  return n;
}

Node Statement(Op op, std::string target, std::vector<std::string> args, std::vector<Block> blocks = {}) {
  Node n;
  n.op = op;
  n.target = std::move(target);
  n.args = std::move(args);
  n.blocks = std::move(blocks);
  return n;
}

// def fib(n): if n < 2: return n; return fib(n - 1) + fib(n - 2)
Module Fib() {
  Module m;
  m.source_file = "fib.py";
  m.entry = "fib__int";
  Function f;
  f.symbol = "fib__int";
  f.python_name = "fib";
  f.params = {{"n", Type::Int()}};
  f.return_type = Type::Int();
  f.variables = {{"n", Type::Int(), false}};
  f.line = 1;
  auto& b = f.body.nodes;
  b.push_back(Value(Op::kPlaceholder, "n", "n", {}, Type::Int()));
  Node two = Value(Op::kConstant, "c2", "", {}, Type::Int());
  two.value = int64_t{2};
  b.push_back(two);
  b.push_back(Value(Op::kCallFunction, "lt", "operator.lt", {"n", "c2"}, Type::Bool()));
  Block then;
  then.nodes.push_back(Statement(Op::kOutput, "", {"n"}));
  b.push_back(Statement(Op::kIf, "", {"lt"}, {then, Block{}}));
  Node one = Value(Op::kConstant, "c1", "", {}, Type::Int());
  one.value = int64_t{1};
  b.push_back(one);
  b.push_back(Value(Op::kCallFunction, "sub", "operator.sub", {"n", "c1"}, Type::Int()));
  b.push_back(Value(Op::kCallFunction, "r1", "user:fib__int", {"sub"}, Type::Int()));
  b.push_back(Value(Op::kCallFunction, "sub_1", "operator.sub", {"n", "c2"}, Type::Int()));
  b.push_back(Value(Op::kCallFunction, "r2", "user:fib__int", {"sub_1"}, Type::Int()));
  b.push_back(Value(Op::kCallFunction, "add", "operator.add", {"r1", "r2"}, Type::Int()));
  b.push_back(Statement(Op::kOutput, "", {"add"}));
  m.functions.push_back(f);
  return m;
}

TEST(Type, ParseAndPrint) {
  for (const char* t : {"int", "float", "bool", "None", "list[list[float]]", "tuple[int, float]", "tuple[]"}) {
    auto parsed = Type::Parse(t);
    ASSERT_TRUE(parsed) << t;
    EXPECT_EQ(parsed->ToString(), t);
  }
  EXPECT_FALSE(Type::Parse("list[int"));
  EXPECT_FALSE(Type::Parse("str"));
}

TEST(Verifier, AcceptsWellFormedModule) { EXPECT_TRUE(Verify(Fib()).ok()) << Verify(Fib()); }

TEST(Verifier, RejectsUseBeforeDefinition) {
  Module m = Fib();
  m.functions[0].body.nodes[2].args = {"n", "later"};
  auto s = Verify(m);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("'later' is not defined in scope"), std::string::npos) << s;
}

TEST(Verifier, RejectsNamesEscapingTheirBlock) {
  Module m = Fib();
  auto& body = m.functions[0].body.nodes;
  Node inner = Value(Op::kConstant, "inner", "", {}, Type::Int());
  inner.value = int64_t{5};
  body[3].blocks[0].nodes.insert(body[3].blocks[0].nodes.begin(), inner);
  body.back().args = {"inner"};
  EXPECT_FALSE(Verify(m).ok());
}

TEST(Verifier, RejectsWrongReturnAndCallTypes) {
  Module m = Fib();
  m.functions[0].return_type = Type::Float();
  EXPECT_FALSE(Verify(m).ok());
  Module m2 = Fib();
  m2.functions[0].body.nodes[6].target = "user:nope";
  EXPECT_FALSE(Verify(m2).ok());
}

TEST(Verifier, RejectsBreakOutsideLoop) {
  Module m = Fib();
  m.functions[0].body.nodes.insert(m.functions[0].body.nodes.begin() + 1, Statement(Op::kBreak, "", {}));
  EXPECT_FALSE(Verify(m).ok());
}

TEST(Proto, RoundTripIsLossless) {
  Module m = Fib();
  auto back = FromProto(ToProto(m));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(Print(*back), Print(m));
  EXPECT_EQ(ToProto(*back).SerializeAsString(), ToProto(m).SerializeAsString());
}

TEST(Proto, RejectsUnknownTypes) {
  auto p = ToProto(Fib());
  p.mutable_functions(0)->set_return_type("complex");
  EXPECT_FALSE(FromProto(p).ok());
}

TEST(Printer, ReadableTable) {
  std::string text = Print(Fib());
  EXPECT_NE(text.find("def fib__int(n: int) -> int"), std::string::npos) << text;
  EXPECT_NE(text.find("call_function  lt"), std::string::npos) << text;
  EXPECT_NE(text.find("user:fib__int"), std::string::npos) << text;
  EXPECT_NE(text.find("then:"), std::string::npos) << text;
}

}  // namespace
}  // namespace fxn::ir
