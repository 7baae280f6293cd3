// fxn-opindex: builds the operator table from the FXN_OP annotations on the kernels.
//
//   fxn-opindex [-o OUT.def] HEADER... [-- CLANG_ARGS...]
//
// Parses the headers with Clang (one translation unit that includes them in the order given),
// finds every function and function template carrying __attribute__((annotate("fxn.op",
// python target, signature, targets))) (the FXN_OP macro of kernels/fxn_op_annotate.hpp), and
// writes one FXN_OPERATOR(python target, signature, convention, targets, kernel) row per
// annotation: files in the order given, declarations in source order, several annotations on
// one kernel in their written order. The calling convention is derived from the kernel's C++
// signature, never written by hand:
//   pure           returns a value, no fxn::Ctx&          out = kernel(args...)
//   fallible       returns bool, first param fxn::Ctx&,   kernel(cx, args..., out)
//                  then the arguments and an out-param
//   pure_void      returns void, no fxn::Ctx&             kernel(args...)
//   fallible_void  returns bool, first param fxn::Ctx&,   kernel(cx, args...)
//                  then the arguments
// An annotation whose signature text does not parse, or whose kernel fits no convention for
// it, is an error (file:line: error: ...; exit status 1). --list prints every function of
// namespace fxn::ops in the headers instead (a debugging aid).
#include <clang/AST/ASTConsumer.h>
#include <clang/AST/ASTContext.h>
#include <clang/AST/Attr.h>
#include <clang/AST/Decl.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/AST/Expr.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#ifndef FXN_CLANG_RESOURCE_DIR
#define FXN_CLANG_RESOURCE_DIR "/usr/lib/llvm-19/lib/clang/19"
#endif

namespace fxn::opindex {
namespace {

// ---- Python signatures: "(int, list[T], T...) -> list[T]" (the grammar registry.cc reads) ----

struct PySignature {
  size_t params = 0;
  bool variadic = false;  // the last param repeats zero or more times
  bool returns_none = false;
};

class SignatureParser {
 public:
  explicit SignatureParser(std::string_view s) : s_(s) {}

  // The signature, or nullopt with error() set.
  std::optional<PySignature> Parse() {
    PySignature sig;
    Skip();
    if (!Eat('(')) return Fail("expected '('");
    Skip();
    if (!Eat(')')) {
      while (true) {
        if (sig.variadic) return Fail("only the last parameter may be variadic ('T...')");
        if (!Term()) return std::nullopt;
        ++sig.params;
        Skip();
        if (s_.substr(pos_, 3) == "...") {
          pos_ += 3;
          sig.variadic = true;
          Skip();
        }
        if (Eat(',')) continue;
        if (Eat(')')) break;
        return Fail("expected ',' or ')' after a parameter");
      }
    }
    Skip();
    if (s_.substr(pos_, 2) != "->") return Fail("expected '->' after the parameters");
    pos_ += 2;
    Skip();
    const size_t result_start = pos_;
    if (!Term()) return std::nullopt;
    sig.returns_none = s_.substr(result_start, pos_ - result_start) == "None";
    Skip();
    if (pos_ != s_.size()) return Fail("unexpected text after the result type");
    return sig;
  }
  const std::string& error() const { return error_; }

 private:
  // term := name ('[' (term (',' term)*)? ']')?
  bool Term() {
    Skip();
    const size_t start = pos_;
    while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_')) ++pos_;
    if (pos_ == start) return Fail("expected a type"), false;
    Skip();
    if (!Eat('[')) return true;
    Skip();
    if (Eat(']')) return true;  // tuple[]
    while (true) {
      if (!Term()) return false;
      Skip();
      if (Eat(',')) continue;
      if (Eat(']')) return true;
      return Fail("expected ',' or ']' in a type"), false;
    }
  }
  bool Eat(char c) {
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  void Skip() {
    while (pos_ < s_.size() && s_[pos_] == ' ') ++pos_;
  }
  std::nullopt_t Fail(const std::string& why) {
    if (error_.empty()) error_ = why + " at offset " + std::to_string(pos_);
    return std::nullopt;
  }

  std::string_view s_;
  size_t pos_ = 0;
  std::string error_;
};

bool ValidPythonTarget(std::string_view t) {
  if (t.empty() || t.front() == '.' || t.back() == '.' || t.find('.') == std::string_view::npos) return false;
  return std::all_of(t.begin(), t.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; });
}

bool ValidTargets(std::string_view t) {
  if (t == "*") return true;
  size_t start = 0;
  while (start <= t.size()) {
    size_t comma = std::min(t.find(',', start), t.size());
    std::string_view name = t.substr(start, comma - start);
    if (name.empty()) return false;
    for (char c : name)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' && c != '.') return false;
    start = comma + 1;
  }
  return true;
}

// ---- the kernel's C++ shape ----

struct KernelShape {
  enum class Returns { kVoid, kBool, kOther } returns = Returns::kOther;
  bool ctx = false;         // first parameter is fxn::Ctx& (not counted below)
  size_t fixed = 0;         // parameters after the Ctx, the pack excluded
  size_t required = 0;      // of those, the ones without a default argument
  bool pack = false;        // a trailing function parameter pack
  bool pack_out = false;    // ... whose elements can take the out-param (CanTakeOut)
  std::vector<bool> out;    // per fixed parameter: CanTakeOut
  bool c_variadic = false;  // a C-style `...`

  // Whether a call with `n` arguments (after the Ctx) fits.
  bool Accepts(size_t n) const { return n >= required && (pack || n <= fixed); }
  // Whether the argument at position `i` (0-based, after the Ctx) can be the out-param.
  bool OutAt(size_t i) const { return i < fixed ? out[i] : pack && pack_out; }
};

// Whether a parameter of type `t` can be the out-param: a non-const lvalue reference or pointer,
// or a forwarding reference (`A&&` of a deduced template parameter, which binds the lvalue).
bool CanTakeOut(clang::QualType t) {
  if (const auto* ref = t->getAs<clang::LValueReferenceType>()) return !ref->getPointeeType().isConstQualified();
  if (const auto* ptr = t->getAs<clang::PointerType>()) return !ptr->getPointeeType().isConstQualified();
  if (const auto* ref = t->getAs<clang::RValueReferenceType>()) {
    const clang::QualType pointee = ref->getPointeeType();
    return !pointee.hasQualifiers() && pointee->getAs<clang::TemplateTypeParmType>() != nullptr;
  }
  return false;
}

bool IsCtxRef(clang::QualType t) {
  const auto* ref = t->getAs<clang::LValueReferenceType>();
  if (!ref || ref->getPointeeType().isConstQualified()) return false;
  const auto* record = ref->getPointeeType()->getAsCXXRecordDecl();
  return record && record->getQualifiedNameAsString() == "fxn::Ctx";
}

KernelShape ShapeOf(const clang::FunctionDecl& fd) {
  KernelShape s;
  const clang::QualType ret = fd.getReturnType().getCanonicalType();
  s.returns = ret->isVoidType()      ? KernelShape::Returns::kVoid
              : ret->isBooleanType() ? KernelShape::Returns::kBool
                                     : KernelShape::Returns::kOther;
  s.c_variadic = fd.isVariadic();
  size_t first = 0;
  if (fd.getNumParams() > 0 && IsCtxRef(fd.getParamDecl(0)->getType())) {
    s.ctx = true;
    first = 1;
  }
  for (size_t i = first; i < fd.getNumParams(); ++i) {
    const clang::ParmVarDecl* p = fd.getParamDecl(i);
    if (p->isParameterPack()) {
      s.pack = true;
      clang::QualType pattern = p->getType();
      if (const auto* expansion = pattern->getAs<clang::PackExpansionType>()) pattern = expansion->getPattern();
      s.pack_out = CanTakeOut(pattern);
      continue;
    }
    ++s.fixed;
    if (!p->hasDefaultArg()) s.required = s.fixed;
    s.out.push_back(CanTakeOut(p->getType()));
  }
  return s;
}

enum class Convention { kPure, kFallible, kPureVoid, kFallibleVoid, kElementwise, kElementwiseFallible };

const char* ConventionName(Convention c) {
  switch (c) {
    case Convention::kPure: return "pure";
    case Convention::kFallible: return "fallible";
    case Convention::kPureVoid: return "pure_void";
    case Convention::kFallibleVoid: return "fallible_void";
    case Convention::kElementwise: return "elementwise";
    case Convention::kElementwiseFallible: return "elementwise_fallible";
  }
  return "?";
}

// An elementwise kernel (FXN_ELEMENTWISE) works on one item per operand: `R k(T a, T b)`, or
// `bool k(Ctx&, T a, T b, R* out)` when it may raise. Its signature is one type variable per
// operand ("(A, B) -> R": the front end types NumPy operations itself), derived here too.
std::optional<Convention> DeriveElementwise(const KernelShape& shape, size_t* operands, std::string& why) {
  if (shape.c_variadic || shape.pack) {
    why = "an elementwise kernel takes a fixed number of items";
    return std::nullopt;
  }
  if (!shape.ctx) {
    if (shape.returns == KernelShape::Returns::kVoid || shape.fixed == 0) {
      why = "an elementwise kernel returns the item it computes from one or more items";
      return std::nullopt;
    }
    *operands = shape.fixed;
    return Convention::kElementwise;
  }
  if (shape.returns != KernelShape::Returns::kBool || shape.fixed < 2 || !shape.OutAt(shape.fixed - 1)) {
    why = "a fallible elementwise kernel is bool k(fxn::Ctx&, items..., R* out)";
    return std::nullopt;
  }
  *operands = shape.fixed - 1;
  return Convention::kElementwiseFallible;
}

std::string ElementwiseSignature(size_t operands) {
  std::string sig = "(";
  for (size_t i = 0; i < operands; ++i) sig += std::string(i ? ", " : "") + static_cast<char>('A' + i);
  return sig + ") -> R";
}

// The convention under which `shape` implements `sig`, or an explanation of why none fits.
std::optional<Convention> Derive(const KernelShape& shape, const PySignature& sig, std::string& why) {
  if (shape.c_variadic) {
    why = "a C-style variadic function ('...') cannot be a kernel";
    return std::nullopt;
  }
  // The argument counts a call passes (after the Ctx): exactly `params`, or for "T..." at
  // least params - 1, and then any more, which only a parameter pack can take.
  const size_t min_args = sig.variadic ? sig.params - 1 : sig.params;
  if (sig.variadic && !shape.pack) {
    why = "the signature is variadic ('T...') but the kernel has no trailing parameter pack";
    return std::nullopt;
  }
  auto arity = [&](size_t extra) {
    return sig.variadic ? shape.Accepts(min_args + extra) && shape.required <= min_args + extra
                        : shape.Accepts(sig.params + extra);
  };
  const std::string counts = std::to_string(shape.fixed) + (shape.pack ? "+pack" : "") + " parameter(s)" +
                             (shape.ctx ? " after the fxn::Ctx&" : "") + " for " + std::to_string(sig.params) +
                             (sig.variadic ? " (variadic)" : "") + " Python parameter(s)";
  if (!shape.ctx) {
    if (shape.returns == KernelShape::Returns::kVoid) {
      if (!sig.returns_none) {
        why = "returns void (pure_void) but the signature's result is not None";
        return std::nullopt;
      }
      if (!arity(0)) {
        why = "pure_void kernel takes " + counts;
        return std::nullopt;
      }
      return Convention::kPureVoid;
    }
    if (!arity(0)) {
      why = "pure kernel (returns a value, no fxn::Ctx&) takes " + counts;
      return std::nullopt;
    }
    return Convention::kPure;
  }
  if (shape.returns != KernelShape::Returns::kBool) {
    why = "takes fxn::Ctx& first but does not return bool (fallible kernels return false when they raise)";
    return std::nullopt;
  }
  // fallible: kernel(cx, args..., out), the out-param after the arguments.
  const bool fallible = arity(1) && shape.OutAt(min_args);
  // fallible_void: kernel(cx, args...).
  const bool fallible_void = arity(0) && sig.returns_none;
  if (fallible && fallible_void) return Convention::kFallibleVoid;  // a None result has no out-param
  if (fallible) return Convention::kFallible;
  if (fallible_void) return Convention::kFallibleVoid;
  if (arity(1))
    why = "fallible kernel's out-param (after the " + std::to_string(min_args) +
          " argument(s)) is not a non-const reference, pointer or forwarding reference";
  else if (arity(0))
    why = "no out-param after the " + std::to_string(min_args) +
          " argument(s), which a fallible kernel takes last, and the result is not None (fallible_void)";
  else
    why = "fallible kernel takes " + counts + ": expected one more (the out-param), or as many for fallible_void";
  return std::nullopt;
}

// ---- the AST walk ----

struct Row {
  size_t file = 0;    // index into the headers given
  unsigned offset = 0;  // of the annotation in that file
  std::string where;  // file:line
  std::string python_target, signature, targets, kernel;
  Convention convention = Convention::kPure;
  std::string dtypes;  // FXN_DTYPES on the kernel: the NumPy dtypes it takes; empty: any
};

struct Input {
  std::string path;  // as given
  llvm::sys::fs::UniqueID id;
};

struct State {
  std::vector<Input> inputs;
  bool list = false;
  std::vector<Row> rows;
  std::vector<std::string> errors;
  std::vector<std::string> listing;
};

std::string StringArg(const clang::Expr* e, bool& ok) {
  e = e->IgnoreParenImpCasts();
  if (const auto* ce = llvm::dyn_cast<clang::ConstantExpr>(e)) e = ce->getSubExpr()->IgnoreParenImpCasts();
  const auto* lit = llvm::dyn_cast<clang::StringLiteral>(e);
  if (!lit || !lit->isOrdinary()) {
    ok = false;
    return "";
  }
  return lit->getString().str();
}

class Visitor : public clang::RecursiveASTVisitor<Visitor> {
 public:
  Visitor(clang::ASTContext& ctx, State& state) : ctx_(ctx), sm_(ctx.getSourceManager()), state_(state) {}

  bool shouldVisitTemplateInstantiations() const { return false; }

  bool VisitFunctionDecl(clang::FunctionDecl* fd) {
    if (fd->isTemplateInstantiation()) return true;
    if (state_.list) List(*fd);
    for (const auto* attr : fd->specific_attrs<clang::AnnotateAttr>()) {
      if (attr->isInherited()) continue;
      if (attr->getAnnotation() == "fxn.op") Annotation(*fd, *attr);
      if (attr->getAnnotation() == "fxn.op.elementwise") ElementwiseAnnotation(*fd, *attr);
    }
    for (const auto* attr : fd->specific_attrs<clang::AnnotateAttr>()) {
      if (attr->isInherited() || attr->getAnnotation() != "fxn.op.dtypes") continue;
      bool ok = attr->args_size() == 1;
      const std::string dtypes = ok ? StringArg(*attr->args_begin(), ok) : "";
      if (!ok || dtypes.empty()) {
        Error(attr->getLocation(), "fxn.op.dtypes takes one string of comma-separated NumPy dtypes");
        continue;
      }
      const std::string kernel = KernelName(*fd);
      for (auto& row : state_.rows)
        if (row.kernel == kernel) row.dtypes = dtypes;
    }
    return true;
  }

 private:
  // The index of the input holding `loc`, or -1.
  int InputOf(clang::SourceLocation loc) const {
    const clang::FileID file = sm_.getFileID(sm_.getExpansionLoc(loc));
    const auto entry = sm_.getFileEntryRefForID(file);
    if (!entry) return -1;
    for (size_t i = 0; i < state_.inputs.size(); ++i)
      if (state_.inputs[i].id == entry->getUniqueID()) return static_cast<int>(i);
    return -1;
  }

  std::string Where(clang::SourceLocation loc) const {
    const clang::PresumedLoc p = sm_.getPresumedLoc(sm_.getExpansionLoc(loc));
    if (p.isInvalid()) return "<unknown>";
    return std::string(p.getFilename()) + ":" + std::to_string(p.getLine());
  }

  // The kernel's name as the table writes it: qualified below fxn::ops ("int_add",
  // "detail::x"), or empty where the function is not a namespace-scope function there.
  static std::string KernelName(const clang::FunctionDecl& fd) {
    if (!fd.getDeclName().isIdentifier() || !fd.getDeclContext()->getRedeclContext()->isNamespace()) return "";
    const std::string qualified = fd.getQualifiedNameAsString();
    constexpr std::string_view kPrefix = "fxn::ops::";
    if (qualified.compare(0, kPrefix.size(), kPrefix) != 0 || qualified.find('(') != std::string::npos) return "";
    return qualified.substr(kPrefix.size());
  }

  void Error(clang::SourceLocation loc, const std::string& message) {
    state_.errors.push_back(Where(loc) + ": error: " + message);
  }

  // A row located at the annotation, or nullopt (an error recorded) when the annotation is in a
  // file not given to the indexer or has the wrong number of arguments.
  std::optional<Row> StartRow(const clang::FunctionDecl& fd, const clang::AnnotateAttr& attr, unsigned arity,
                              const char* arguments) {
    const clang::SourceLocation loc = attr.getLocation();
    const std::string what = attr.getAnnotation().str();
    const int input = InputOf(loc);
    if (input < 0) {
      Error(loc, what + " annotation on '" + fd.getNameAsString() + "' in a file that was not given to fxn-opindex");
      return std::nullopt;
    }
    if (attr.args_size() != arity) {
      Error(loc, what + " takes " + std::to_string(arity) + " arguments (" + arguments + "), got " +
                     std::to_string(attr.args_size()));
      return std::nullopt;
    }
    Row row;
    row.file = static_cast<size_t>(input);
    row.offset = sm_.getFileOffset(sm_.getExpansionLoc(loc));
    row.where = Where(loc);
    return row;
  }

  void Annotation(const clang::FunctionDecl& fd, const clang::AnnotateAttr& attr) {
    const clang::SourceLocation loc = attr.getLocation();
    auto started = StartRow(fd, attr, 3, "python target, signature, targets");
    if (!started) return;
    Row row = std::move(*started);
    bool ok = true;
    auto args = attr.args_begin();
    row.python_target = StringArg(args[0], ok);
    row.signature = StringArg(args[1], ok);
    row.targets = StringArg(args[2], ok);
    if (!ok) {
      Error(loc, "fxn.op's arguments must be string literals");
      return;
    }
    row.kernel = KernelName(fd);
    if (row.kernel.empty()) {
      Error(loc, "fxn.op on '" + fd.getQualifiedNameAsString() + "': kernels are namespace-scope functions in fxn::ops");
      return;
    }
    if (!ValidPythonTarget(row.python_target)) {
      Error(loc, "'" + row.python_target + "' is not a Python target (module.name)");
      return;
    }
    if (!ValidTargets(row.targets)) {
      Error(loc, "targets '" + row.targets + "': expected \"*\" or comma-separated target names");
      return;
    }
    SignatureParser parser(row.signature);
    auto sig = parser.Parse();
    if (!sig) {
      Error(loc, "signature '" + row.signature + "' of " + row.python_target + " does not parse: " + parser.error());
      return;
    }
    std::string why;
    auto convention = Derive(ShapeOf(fd), *sig, why);
    if (!convention) {
      Error(loc, "kernel '" + row.kernel + "' matches no calling convention for " + row.python_target + " " +
                     row.signature + ": " + why);
      return;
    }
    row.convention = *convention;
    state_.rows.push_back(std::move(row));
  }

  void ElementwiseAnnotation(const clang::FunctionDecl& fd, const clang::AnnotateAttr& attr) {
    const clang::SourceLocation loc = attr.getLocation();
    auto started = StartRow(fd, attr, 2, "python target, targets");
    if (!started) return;
    Row row = std::move(*started);
    bool ok = true;
    auto args = attr.args_begin();
    row.python_target = StringArg(args[0], ok);
    row.targets = StringArg(args[1], ok);
    row.kernel = KernelName(fd);
    if (!ok || row.kernel.empty() || !ValidPythonTarget(row.python_target) || !ValidTargets(row.targets)) {
      Error(loc, "fxn.op.elementwise on '" + fd.getQualifiedNameAsString() +
                     "': string literals (module.name, targets) on a namespace-scope function in fxn::ops");
      return;
    }
    size_t operands = 0;
    std::string why;
    auto convention = DeriveElementwise(ShapeOf(fd), &operands, why);
    if (!convention) {
      Error(loc, "kernel '" + row.kernel + "' is not elementwise for " + row.python_target + ": " + why);
      return;
    }
    row.signature = ElementwiseSignature(operands);
    row.convention = *convention;
    state_.rows.push_back(std::move(row));
  }

  void List(const clang::FunctionDecl& fd) {
    if (InputOf(fd.getLocation()) < 0) return;
    const std::string name = KernelName(fd);
    if (name.empty()) return;
    const clang::Decl* outer = fd.getDescribedFunctionTemplate() ? static_cast<const clang::Decl*>(fd.getDescribedFunctionTemplate())
                                                                  : static_cast<const clang::Decl*>(&fd);
    const KernelShape s = ShapeOf(fd);
    const clang::SourceLocation begin = sm_.getExpansionLoc(fd.getBeginLoc());
    const clang::SourceLocation outer_begin = sm_.getExpansionLoc(outer->getBeginLoc());
    std::ostringstream line;
    line << name << '\t' << Where(fd.getLocation()) << '\t' << sm_.getSpellingLineNumber(begin) << ':'
         << sm_.getSpellingColumnNumber(begin) << '\t' << sm_.getSpellingLineNumber(outer_begin) << '\t'
         << (s.returns == KernelShape::Returns::kVoid ? "void" : s.returns == KernelShape::Returns::kBool ? "bool" : "value")
         << '\t' << (s.ctx ? "ctx" : "-") << '\t' << s.fixed << '\t' << s.required << '\t'
         << (s.pack ? (s.pack_out ? "pack&" : "pack") : "-") << '\t'
         << (fd.isThisDeclarationADefinition() ? "def" : "decl") << '\t';
    for (size_t i = 0; i < fd.getNumParams(); ++i)
      line << (i ? ", " : "") << fd.getParamDecl(i)->getType().getAsString(ctx_.getPrintingPolicy());
    state_.listing.push_back(line.str());
  }

  clang::ASTContext& ctx_;
  clang::SourceManager& sm_;
  State& state_;
};

class Consumer : public clang::ASTConsumer {
 public:
  explicit Consumer(State& state) : state_(state) {}
  void HandleTranslationUnit(clang::ASTContext& ctx) override {
    if (ctx.getDiagnostics().hasErrorOccurred()) return;
    Visitor(ctx, state_).TraverseDecl(ctx.getTranslationUnitDecl());
  }

 private:
  State& state_;
};

class Action : public clang::ASTFrontendAction {
 public:
  explicit Action(State& state) : state_(state) {}
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance&, llvm::StringRef) override {
    return std::make_unique<Consumer>(state_);
  }

 private:
  State& state_;
};

class Factory : public clang::tooling::FrontendActionFactory {
 public:
  explicit Factory(State& state) : state_(state) {}
  std::unique_ptr<clang::FrontendAction> create() override { return std::make_unique<Action>(state_); }

 private:
  State& state_;
};

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

int Usage() {
  std::fprintf(stderr, "usage: fxn-opindex [-o OUT.def] [--list] HEADER... [-- CLANG_ARGS...]\n");
  return 2;
}

int Main(int argc, char** argv) {
  State state;
  std::string out_path;
  std::vector<std::string> clang_args;
  std::vector<std::string> headers;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--") {
      for (++i; i < argc; ++i) clang_args.emplace_back(argv[i]);
      break;
    }
    if (a == "-o") {
      if (++i == argc) return Usage();
      out_path = argv[i];
    } else if (a == "--list") {
      state.list = true;
    } else if (!a.empty() && a[0] == '-') {
      return Usage();
    } else {
      headers.emplace_back(a);
    }
  }
  if (headers.empty()) return Usage();

  // One translation unit including every header by absolute path, in the order given.
  std::string main_source = "// fxn-opindex\n";
  for (const auto& h : headers) {
    llvm::SmallString<256> abs(h);
    if (std::error_code ec = llvm::sys::fs::make_absolute(abs)) {
      std::fprintf(stderr, "fxn-opindex: %s: %s\n", h.c_str(), ec.message().c_str());
      return 1;
    }
    llvm::sys::path::remove_dots(abs, /*remove_dot_dot=*/true);
    Input input{h, {}};
    if (std::error_code ec = llvm::sys::fs::getUniqueID(abs, input.id)) {
      std::fprintf(stderr, "fxn-opindex: %s: %s\n", h.c_str(), ec.message().c_str());
      return 1;
    }
    for (const auto& seen : state.inputs)
      if (seen.id == input.id) {
        std::fprintf(stderr, "fxn-opindex: %s given twice\n", h.c_str());
        return 1;
      }
    state.inputs.push_back(input);
    main_source += "#include \"" + std::string(abs.str()) + "\"\n";
  }

  std::vector<std::string> args = {"-xc++", "-std=c++20", "-DFXN_OPINDEX=1"};
  bool has_resource_dir = false;
  for (const auto& a : clang_args) has_resource_dir |= a.rfind("-resource-dir", 0) == 0;
  if (!has_resource_dir) args.push_back("-resource-dir=" FXN_CLANG_RESOURCE_DIR);
  args.insert(args.end(), clang_args.begin(), clang_args.end());

  llvm::SmallString<256> cwd;
  llvm::sys::fs::current_path(cwd);
  llvm::SmallString<256> main_file(cwd);
  llvm::sys::path::append(main_file, "fxn_opindex_main.cc");
  clang::tooling::FixedCompilationDatabase db(cwd, args);
  clang::tooling::ClangTool tool(db, {std::string(main_file.str())});
  tool.mapVirtualFile(main_file, main_source);
  Factory factory(state);
  if (tool.run(&factory) != 0) {
    std::fprintf(stderr, "fxn-opindex: the headers do not compile\n");
    return 1;
  }

  if (state.list) {
    for (const auto& l : state.listing) std::printf("%s\n", l.c_str());
    return 0;
  }
  for (const auto& e : state.errors) std::fprintf(stderr, "%s\n", e.c_str());
  if (!state.errors.empty()) return 1;

  std::stable_sort(state.rows.begin(), state.rows.end(),
                   [](const Row& a, const Row& b) { return a.file != b.file ? a.file < b.file : a.offset < b.offset; });
  // The same operation declared twice: the second row could never be found.
  bool duplicate = false;
  for (size_t i = 0; i < state.rows.size(); ++i)
    for (size_t j = 0; j < i; ++j) {
      const Row& a = state.rows[j];
      const Row& b = state.rows[i];
      if (a.python_target == b.python_target && a.signature == b.signature && a.targets == b.targets) {
        std::fprintf(stderr, "%s: error: %s %s is already declared at %s (kernel %s)\n", b.where.c_str(),
                     b.python_target.c_str(), b.signature.c_str(), a.where.c_str(), a.kernel.c_str());
        duplicate = true;
      }
    }
  if (duplicate) return 1;

  std::string text =
      "// Generated by fxn-opindex from the FXN_OP annotations of the kernel headers. Do not edit:\n"
      "// annotate the kernel (kernels/fxn_op_annotate.hpp) instead.\n"
      "//   FXN_OPERATOR(python target, signature, calling convention, targets, C++ kernel)\n";
  size_t file = static_cast<size_t>(-1);
  for (const Row& r : state.rows) {
    if (r.file != file) {
      file = r.file;
      text += "\n// " + std::string(llvm::sys::path::filename(state.inputs[file].path)) + "\n";
    }
    if (r.dtypes.empty())
      text += "FXN_OPERATOR(" + Quote(r.python_target) + ", " + Quote(r.signature) + ", " + ConventionName(r.convention) +
              ", " + Quote(r.targets) + ", " + Quote(r.kernel) + ")\n";
    else
      text += "FXN_OPERATOR_DTYPES(" + Quote(r.python_target) + ", " + Quote(r.signature) + ", " +
              ConventionName(r.convention) + ", " + Quote(r.targets) + ", " + Quote(r.kernel) + ", " + Quote(r.dtypes) + ")\n";
  }

  if (out_path.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  }
  const std::string tmp = out_path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << text;
    if (!f.good()) {
      std::fprintf(stderr, "fxn-opindex: cannot write %s\n", tmp.c_str());
      return 1;
    }
  }
  if (std::error_code ec = llvm::sys::fs::rename(tmp, out_path)) {
    std::fprintf(stderr, "fxn-opindex: cannot write %s: %s\n", out_path.c_str(), ec.message().c_str());
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace fxn::opindex

int main(int argc, char** argv) { return fxn::opindex::Main(argc, argv); }
