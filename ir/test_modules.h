// Small IR modules built by hand, for the unit tests of the IR and of the passes after it.
#pragma once
#include <string>
#include <vector>

#include "ir/ir.h"

namespace fxn::ir::testing {

inline Node Value(Op op, std::string name, std::string target, std::vector<std::string> args, Type type) {
  Node n;
  n.op = op;
  n.name = std::move(name);
  n.target = std::move(target);
  n.args = std::move(args);
  n.type = std::move(type);
  return n;
}

inline Node Statement(Op op, std::string target, std::vector<std::string> args, std::vector<Block> blocks = {}) {
  Node n;
  n.op = op;
  n.target = std::move(target);
  n.args = std::move(args);
  n.blocks = std::move(blocks);
  return n;
}

// def fib(n): if n < 2: return n; return fib(n - 1) + fib(n - 2)
inline Module Fib() {
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

// class Counter: n: int
// def bump(label: str) -> int:
//     c = Counter(); c.n = 1
//     try: raise ValueError(label)
//     except (ValueError, KeyError) as e: c.n = 2
//     finally: pass
//     return c.n
inline Module ClassAndTry() {
  Module m;
  m.source_file = "bump.py";
  m.entry = "bump__str";
  m.classes = {{"Counter", {{"n", Type::Int()}}, false}};
  Function f;
  f.symbol = "bump__str";
  f.python_name = "bump";
  f.params = {{"label", Type::Str()}};
  f.return_type = Type::Int();
  f.variables = {{"label", Type::Str(), false}, {"c", Type::Object("Counter"), false}, {"e", Type::Exception(), false}};
  auto& b = f.body.nodes;
  b.push_back(Value(Op::kPlaceholder, "label", "label", {}, Type::Str()));
  b.push_back(Statement(Op::kStore, "label", {"label"}));
  b.push_back(Value(Op::kNewObject, "obj", "Counter", {}, Type::Object("Counter")));
  b.push_back(Statement(Op::kStore, "c", {"obj"}));
  Node one = Value(Op::kConstant, "one", "", {}, Type::Int());
  one.value = int64_t{1};
  b.push_back(one);
  b.push_back(Statement(Op::kSetField, "n", {"obj", "one"}));
  Node message = Value(Op::kConstant, "message", "", {}, Type::Str());
  message.value = std::string("it's \"quoted\"");
  b.push_back(message);
  Block body{{Statement(Op::kRaise, "ValueError", {"message"})}};
  Node two = Value(Op::kConstant, "two", "", {}, Type::Int());
  two.value = int64_t{2};
  Block handler_body{{two, Value(Op::kLoad, "c2", "c", {}, Type::Object("Counter")), Statement(Op::kSetField, "n", {"c2", "two"})}};
  Node handler = Statement(Op::kExcept, "e", {}, {handler_body});
  handler.names = {"KeyError", "UnicodeError", "ValueError"};
  b.push_back(Statement(Op::kTry, "", {}, {body, Block{{handler}}, Block{}, Block{}}));
  b.push_back(Value(Op::kLoad, "c3", "c", {}, Type::Object("Counter")));
  b.push_back(Value(Op::kGetField, "n", "n", {"c3"}, Type::Int()));
  b.push_back(Statement(Op::kOutput, "", {"n"}));
  m.functions.push_back(std::move(f));
  return m;
}

}  // namespace fxn::ir::testing
