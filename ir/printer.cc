#include "ir/printer.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "runtime/float_repr.h"

namespace fxn::ir {
namespace {

struct Row {
  std::string cells[6];
};

void CollectRows(const Block& block, int depth, std::vector<Row>& rows) {
  std::string indent(static_cast<size_t>(depth) * 2, ' ');
  for (const Node& n : block.nodes) {
    Row row;
    row.cells[0] = indent + std::string(OpName(n.op));
    row.cells[1] = n.name;
    row.cells[2] = n.target;
    if (n.op == Op::kConstant || n.op == Op::kGetAttr) {
      row.cells[2] = n.op == Op::kConstant ? ConstantToString(n.value) : absl::StrCat(n.target, " = ", ConstantToString(n.value));
    }
    row.cells[3] = absl::StrCat("(", absl::StrJoin(n.args, ", "), ")");
    if (!n.names.empty()) row.cells[2] = absl::StrCat(n.target, n.target.empty() ? "" : " ", "[", absl::StrJoin(n.names, ", "), "]");
    row.cells[4] = n.type ? n.type->ToString() : "";
    row.cells[5] = n.loc.line ? absl::StrCat(n.loc.line, ":", n.loc.col) : "";
    rows.push_back(row);
    for (size_t b = 0; b < n.blocks.size(); ++b) {
      if (n.op == Op::kIf && b == 1 && n.blocks[b].nodes.empty()) continue;
      if (n.op == Op::kTry && n.blocks[b].nodes.empty()) continue;
      if (n.op == Op::kIf) rows.push_back(Row{{indent + (b == 0 ? "  then:" : "  else:"), "", "", "", "", ""}});
      static constexpr const char* kTryParts[] = {"  body:", "  handlers:", "  else:", "  finally:"};
      if (n.op == Op::kTry && b < 4) rows.push_back(Row{{indent + kTryParts[b], "", "", "", "", ""}});
      bool labelled = n.op == Op::kIf || n.op == Op::kTry;
      CollectRows(n.blocks[b], depth + (labelled ? 2 : 1), rows);
    }
  }
}

}  // namespace

std::string ConstantToString(const Constant& c) {
  if (std::holds_alternative<bool>(c)) return std::get<bool>(c) ? "True" : "False";
  if (std::holds_alternative<int64_t>(c)) return std::to_string(std::get<int64_t>(c));
  if (std::holds_alternative<double>(c)) return rt::FloatRepr(std::get<double>(c));
  if (std::holds_alternative<std::string>(c)) {
    std::string out = "'";
    for (char ch : std::get<std::string>(c)) {
      if (ch == '\\' || ch == '\'') out += '\\';
      if (ch == '\n') {
        out += "\\n";
        continue;
      }
      out += ch;
    }
    return out + "'";
  }
  return "None";
}

std::string Print(const Module& module) {
  std::string out = absl::StrCat("# module ", module.source_file, ", entry ", module.entry, "\n");
  if (module.float_ulps > 0)
    absl::StrAppend(&out, "# floats verified within ", module.float_ulps, " ulps of CPython+NumPy\n");
  if (!module.state_init.empty())
    absl::StrAppend(&out, "# module state built once by ", module.state_init, "\n");
  for (const ClassDef& c : module.classes) {
    std::vector<std::string> fields;
    for (const auto& f : c.fields) fields.push_back(absl::StrCat(f.name, ": ", f.type.ToString()));
    absl::StrAppend(&out, "\nclass ", c.name, c.base.empty() ? "" : "(" + c.base + ")", c.dataclass ? " (dataclass)" : "",
                    c.polymorphic ? " (polymorphic)" : "", c.exception ? " (exception)" : "", ": ",
                    absl::StrJoin(fields, ", "), "\n");
    for (const auto& [name, symbol] : c.hooks) absl::StrAppend(&out, "  hook ", name, " -> ", symbol, "\n");
  }
  for (const Function& fn : module.functions) {
    std::vector<std::string> params;
    for (const auto& p : fn.params) params.push_back(absl::StrCat(p.name, ": ", p.type.ToString()));
    absl::StrAppend(&out, "\ndef ", fn.symbol, "(", absl::StrJoin(params, ", "), ") -> ", fn.return_type.ToString(),
                    "    # ", fn.python_name, " at line ", fn.line, fn.once ? " (made once)" : "", "\n");
    std::vector<std::string> vars;
    for (const auto& v : fn.variables) vars.push_back(absl::StrCat(v.name, ": ", v.type.ToString(), v.maybe_unbound ? " (maybe unbound)" : ""));
    if (!vars.empty()) absl::StrAppend(&out, "  variables: ", absl::StrJoin(vars, ", "), "\n");
    std::vector<Row> rows = {Row{{"opcode", "name", "target", "args", "type", "loc"}}};
    CollectRows(fn.body, 0, rows);
    size_t width[6] = {0};
    for (const Row& r : rows)
      for (int c = 0; c < 6; ++c) width[c] = std::max(width[c], r.cells[c].size());
    for (const Row& r : rows) {
      std::string line = "  ";
      for (int c = 0; c < 6; ++c) {
        line += r.cells[c];
        if (c < 5) line += std::string(width[c] - r.cells[c].size() + 2, ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      absl::StrAppend(&out, line, "\n");
    }
  }
  return out;
}

}  // namespace fxn::ir
