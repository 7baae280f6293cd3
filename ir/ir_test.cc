#include <gtest/gtest.h>

#include "ir/ir.h"
#include "ir/printer.h"
#include "ir/proto_convert.h"
#include "ir/test_modules.h"
#include "ir/verifier.h"

namespace fxn::ir {
namespace {

using testing::ClassAndTry;
using testing::Fib;
using testing::Statement;
using testing::Value;


TEST(Type, ParseAndPrint) {
  for (const char* t : {"int", "float", "bool", "None", "list[list[float]]", "tuple[int, float]", "tuple[]", "str",
                        "dict[str, list[int]]", "set[tuple[int, int]]", "optional[str]", "obj[Point]", "exception",
                        "fixedlist[int, str]", "re_pattern", "optional[re_match]", "list[re_match]"}) {
    auto parsed = Type::Parse(t);
    ASSERT_TRUE(parsed) << t;
    EXPECT_EQ(parsed->ToString(), t);
  }
  EXPECT_EQ(Type::Parse("obj[Point]")->class_name(), "Point");
  // A generator that is sent values spells what its yields evaluate to as a third argument.
  for (const char* t : {"gen[int, None]", "gen[str, int, optional[list[int]]]"}) {
    auto parsed = Type::Parse(t);
    ASSERT_TRUE(parsed) << t;
    EXPECT_EQ(parsed->ToString(), t);
  }
  EXPECT_EQ(Type::Parse("gen[str, int, dynamic]")->value().ToString(), "int");
  EXPECT_EQ(Type::Parse("gen[str, int, dynamic]")->sent().ToString(), "dynamic");
  EXPECT_EQ(Type::Parse("gen[str, int]")->sent().ToString(), "None");
  EXPECT_FALSE(Type::Parse("list[int"));
  EXPECT_FALSE(Type::Parse("dict[str]"));
  EXPECT_FALSE(Type::Parse("obj[]"));
  EXPECT_FALSE(Type::Parse("bytes"));
  EXPECT_EQ(Type::Parse("re_match")->kind(), Type::Kind::kStdlib);
  EXPECT_FALSE(Type::Parse("re_matcher"));
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
  EXPECT_NE(Verify(m).message().find("'inner' is not defined in scope"), std::string::npos) << Verify(m);
}

TEST(Verifier, RejectsWrongReturnAndCallTypes) {
  Module m = Fib();
  m.functions[0].return_type = Type::Float();
  EXPECT_NE(Verify(m).message().find("returned type differs from the function's"), std::string::npos) << Verify(m);
  Module m2 = Fib();
  m2.functions[0].body.nodes[6].target = "user:nope";
  EXPECT_NE(Verify(m2).message().find("calls unknown function 'nope'"), std::string::npos) << Verify(m2);
}

TEST(Verifier, RejectsBreakOutsideLoop) {
  Module m = Fib();
  m.functions[0].body.nodes.insert(m.functions[0].body.nodes.begin() + 1, Statement(Op::kBreak, "", {}));
  EXPECT_NE(Verify(m).message().find("(break) at line 0: outside a loop"), std::string::npos) << Verify(m);
}

TEST(Verifier, TheEntrysNamesMustBeIdentifiers) {
  Module m = Fib();
  m.functions[0].python_name = "../fib";
  EXPECT_EQ(Verify(m).message(), "invalid IR: the entry's name '../fib' is not a Python identifier");
  Module m2 = Fib();
  m2.functions[0].params[0].name = "n); system(\"x\"";
  EXPECT_NE(Verify(m2).message().find("of the entry is not a Python identifier"), std::string::npos) << Verify(m2);
}

TEST(Proto, RoundTripIsLossless) {
  Module m = Fib();
  auto back = FromProto(ToProto(m));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(Print(*back), Print(m));
  EXPECT_EQ(ToProto(*back).SerializeAsString(), ToProto(m).SerializeAsString());
}

TEST(Verifier, AcceptsClassesAndTry) { EXPECT_TRUE(Verify(ClassAndTry()).ok()) << Verify(ClassAndTry()); }

TEST(Verifier, RejectsUnknownFieldsAndBadHandlers) {
  Module m = ClassAndTry();
  m.functions[0].body.nodes[5].target = "missing";  // SET_FIELD of a field the class lacks
  EXPECT_NE(Verify(m).message().find("has no field 'missing'"), std::string::npos) << Verify(m);
  Module m2 = ClassAndTry();
  m2.functions[0].body.nodes[7].blocks[1].nodes.push_back(Statement(Op::kBreak, "", {}));
  EXPECT_NE(Verify(m2).message().find("the handlers block holds only EXCEPT nodes"), std::string::npos) << Verify(m2);
  Module m3 = ClassAndTry();
  m3.functions[0].body.nodes[7].blocks.pop_back();
  EXPECT_NE(Verify(m3).message().find("needs body, handlers, else and finally blocks"), std::string::npos) << Verify(m3);
}

// Class names and bases become C++ (`struct C_<name> : C_<base>`): a trace result cannot inject code.
TEST(Verifier, ClassNamesAreIdentifiersAndBasesComeFirst) {
  Module m = ClassAndTry();
  m.classes[0].name = "P { }; int x";
  EXPECT_NE(Verify(m).message().find("is not an identifier defined once"), std::string::npos) << Verify(m);
  Module m2 = ClassAndTry();
  m2.classes[0].base = "Q{};//";
  EXPECT_NE(Verify(m2).message().find("is not a class defined before it"), std::string::npos) << Verify(m2);
  Module m3 = ClassAndTry();
  m3.classes[0].base = m3.classes[0].name;  // a cycle
  EXPECT_NE(Verify(m3).message().find("is not a class defined before it"), std::string::npos) << Verify(m3);
}

TEST(Proto, RoundTripKeepsClassesHandlersAndStrings) {
  Module m = ClassAndTry();
  auto back = FromProto(ToProto(m));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(Print(*back), Print(m));
  EXPECT_EQ(ToProto(*back).SerializeAsString(), ToProto(m).SerializeAsString());
  ASSERT_EQ(back->classes.size(), 1u);
  EXPECT_EQ(back->classes[0].fields[0].type, Type::Int());
  EXPECT_EQ(std::get<std::string>(back->functions[0].body.nodes[6].value), "it's \"quoted\"");
  std::string text = Print(*back);
  EXPECT_NE(text.find("class Counter: n: int"), std::string::npos) << text;
  EXPECT_NE(text.find("[KeyError, UnicodeError, ValueError]"), std::string::npos) << text;
}

TEST(Proto, RejectsUnknownTypes) {
  auto p = ToProto(Fib());
  p.mutable_functions(0)->set_return_type("complex");
  EXPECT_FALSE(FromProto(p).ok());
}

TEST(Proto, OnceFunctionsKeepTheirFlagAndTakeNoParameters) {
  auto p = ToProto(Fib());
  p.mutable_functions(0)->set_once(true);  // fib takes n: a once function may not
  EXPECT_NE(FromProto(p).status().message().find("takes no parameters"), std::string::npos);
  p.mutable_functions(0)->clear_params();
  auto back = FromProto(p);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_TRUE(back->functions[0].once);
  EXPECT_TRUE(ToProto(*back).functions(0).once());
  EXPECT_NE(Print(*back).find("(made once)"), std::string::npos) << Print(*back);
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
