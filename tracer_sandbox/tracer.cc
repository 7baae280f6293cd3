#define PY_SSIZE_T_CLEAN
#define Py_BUILD_CORE  // for _PyInterpreterFrame (internal/pycore_frame.h): the PEP 523 frame
#include <Python.h>
#include <internal/pycore_frame.h>
#undef Py_BUILD_CORE

#include "tracer_sandbox/tracer.h"

#include <google/protobuf/util/json_util.h>

#include <cstring>
#include <map>
#include <mutex>
#include <string>

#include "absl/strings/str_cat.h"
#include "ir/proto_convert.h"
#include "ir/verifier.h"
#include "operator_registry/registry.h"
#include "support/digest.h"
#include "support/embedded.h"
#include "support/subprocess.h"
#include "support/untrusted.h"
#include "tracer_sandbox/sandbox.h"

namespace fxn::tracer {
namespace python_sources {  // tracer_sandbox/python/*.py: the front end
std::span<const fxn::EmbeddedFile> Files();
}  // namespace python_sources
namespace python_package {  // python/fxn/*.py: the package a user's module may import
std::span<const fxn::EmbeddedFile> Files();
}  // namespace python_package

const std::string& FrontEndDigest() {
  static const std::string digest = [] {
    Sha256Builder b;
    for (const auto& f : python_sources::Files()) b.AddPart(f.name).AddPart(f.contents);
    for (const auto& f : python_package::Files()) b.AddPart("fxn/").AddPart(f.name).AddPart(f.contents);
    b.AddPart(ops::Registry::Get().Digest());
    return b.HexDigest();
  }();
  return digest;
}

namespace {

// ---- The PEP 523 hook ----

struct Observation {
  std::string name;
  int firstlineno = 0;
  std::vector<std::string> args;
  std::string ret;
};

struct HookState {
  bool enabled = false;
  PyObject* filename = nullptr;  // str: frames whose code comes from this file are recorded
  std::map<std::string, std::pair<Observation, long>> observations;
};
HookState g_hook;

std::string Describe(PyObject* obj, int depth = 0) {
  if (obj == nullptr) return "<raised>";
  if (PyBool_Check(obj)) return "bool";
  if (PyLong_Check(obj)) {
    int overflow = 0;
    PyLong_AsLongLongAndOverflow(obj, &overflow);
    return overflow ? "bigint" : "int";
  }
  if (PyFloat_Check(obj)) return "float";
  if (obj == Py_None) return "None";
  if (depth < 8 && PyList_Check(obj)) {
    // The first item stands for all: the front end checks samples fully, once.
    if (PyList_GET_SIZE(obj) == 0) return "list[?]";
    return "list[" + Describe(PyList_GET_ITEM(obj, 0), depth + 1) + "]";
  }
  if (depth < 8 && PyTuple_Check(obj)) {
    std::string out = "tuple[";
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(obj); ++i) out += (i ? ", " : "") + Describe(PyTuple_GET_ITEM(obj, i), depth + 1);
    return out + "]";
  }
  return Py_TYPE(obj)->tp_name;
}

PyObject* EvalFrameHook(PyThreadState* tstate, _PyInterpreterFrame* frame, int throwflag) {
  if (!g_hook.enabled || frame->f_code->co_filename == nullptr ||
      PyUnicode_Compare(frame->f_code->co_filename, g_hook.filename) != 0) {
    return _PyEval_EvalFrameDefault(tstate, frame, throwflag);
  }
  PyCodeObject* code = frame->f_code;
  Observation obs;
  obs.name = PyUnicode_AsUTF8(code->co_name);
  obs.firstlineno = code->co_firstlineno;
  for (int i = 0; i < code->co_argcount; ++i) obs.args.push_back(Describe(frame->localsplus[i]));
  PyObject* result = _PyEval_EvalFrameDefault(tstate, frame, throwflag);
  obs.ret = Describe(result);
  std::string key = absl::StrCat(obs.name, ":", obs.firstlineno, "(");
  for (const auto& a : obs.args) absl::StrAppend(&key, a, ",");
  absl::StrAppend(&key, ")->", obs.ret);
  auto it = g_hook.observations.find(key);
  if (it == g_hook.observations.end()) g_hook.observations.emplace(key, std::make_pair(std::move(obs), 1L));
  else ++it->second.second;
  return result;
}

PyObject* HookEnable(PyObject*, PyObject* args) {
  PyObject* filename;
  if (!PyArg_ParseTuple(args, "U", &filename)) return nullptr;
  Py_XDECREF(g_hook.filename);
  Py_INCREF(filename);
  g_hook.filename = filename;
  g_hook.enabled = true;
  _PyInterpreterState_SetEvalFrameFunc(PyInterpreterState_Get(), EvalFrameHook);
  Py_RETURN_NONE;
}

PyObject* HookDisable(PyObject*, PyObject*) {
  g_hook.enabled = false;
  _PyInterpreterState_SetEvalFrameFunc(PyInterpreterState_Get(), _PyEval_EvalFrameDefault);
  Py_RETURN_NONE;
}

PyObject* HookObservations(PyObject*, PyObject*) {
  PyObject* list = PyList_New(0);
  for (const auto& [key, entry] : g_hook.observations) {
    const Observation& o = entry.first;
    PyObject* args = PyList_New(0);
    for (const auto& a : o.args) {
      PyObject* s = PyUnicode_FromString(a.c_str());
      PyList_Append(args, s);
      Py_DECREF(s);
    }
    PyObject* d = Py_BuildValue("{s:s,s:i,s:N,s:s,s:l}", "name", o.name.c_str(), "firstlineno", o.firstlineno,
                                "args", args, "ret", o.ret.c_str(), "count", entry.second);
    PyList_Append(list, d);
    Py_DECREF(d);
  }
  return list;
}

PyMethodDef kHookMethods[] = {
    {"enable", HookEnable, METH_VARARGS, "Record frames whose code comes from the given file."},
    {"disable", HookDisable, METH_NOARGS, "Stop recording."},
    {"observations", HookObservations, METH_NOARGS, "What was recorded: name, firstlineno, args, ret, count."},
    {nullptr, nullptr, 0, nullptr},
};
PyModuleDef kHookModule = {PyModuleDef_HEAD_INIT, "_fxn_hook", "fxn's PEP 523 frame recorder", -1, kHookMethods,
                           nullptr, nullptr, nullptr, nullptr};
PyObject* InitHookModule() { return PyModule_Create(&kHookModule); }

// ---- Interpreter set-up ----

std::string PythonError() {
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  PyErr_NormalizeException(&type, &value, &tb);
  std::string out = "unknown error";
  if (value) {
    PyObject* s = PyObject_Str(value);
    if (s) out = absl::StrCat(Py_TYPE(value)->tp_name, ": ", PyUnicode_AsUTF8(s));
    Py_XDECREF(s);
  }
  Py_XDECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(tb);
  return out;
}

absl::Status InitializePython() {
  static absl::Status status = [] {
    PyImport_AppendInittab("_fxn_hook", InitHookModule);
    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    config.install_signal_handlers = 0;
    // Debian's interpreter and standard library, whatever python3 is first on PATH.
    PyStatus st = PyConfig_SetString(&config, &config.program_name, L"/usr/bin/python3.11");
    if (!PyStatus_Exception(st)) st = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(st)) return absl::InternalError(absl::StrCat("cannot start Python: ", st.err_msg ? st.err_msg : "?"));
    // The front end and fxn's package are imported from the copies embedded in this binary:
    // fxn_loader (compiled here) installs a finder over all of them, and plain imports do the
    // rest in the order the modules ask for.
    auto table = [](std::span<const fxn::EmbeddedFile> files) {
      PyObject* dict = PyDict_New();
      for (const auto& f : files) {
        PyObject* text = PyUnicode_FromStringAndSize(f.contents.data(), static_cast<Py_ssize_t>(f.contents.size()));
        PyDict_SetItemString(dict, std::string(f.name).c_str(), text);
        Py_DECREF(text);
      }
      return dict;
    };
    std::string loader_source;
    for (const auto& f : python_sources::Files())
      if (f.name == "fxn_loader.py") loader_source = std::string(f.contents);
    PyObject* code = Py_CompileString(loader_source.c_str(), "<fxn>/fxn_loader.py", Py_file_input);
    PyObject* loader = code ? PyImport_ExecCodeModule("fxn_loader", code) : nullptr;
    Py_XDECREF(code);
    if (!loader) return absl::InternalError(absl::StrCat("front end fxn_loader.py: ", PythonError()));
    PyObject* frontend = table(python_sources::Files());
    PyObject* package = table(python_package::Files());
    PyObject* done = PyObject_CallMethod(loader, "install", "OO", frontend, package);
    Py_DECREF(frontend);
    Py_DECREF(package);
    Py_DECREF(loader);
    if (!done) return absl::InternalError(absl::StrCat("front end loader: ", PythonError()));
    Py_DECREF(done);
    return absl::OkStatus();
  }();
  return status;
}

proto::TraceResult Failure(const proto::TraceRequest& request, const std::string& message) {
  proto::TraceResult r;
  auto* d = r.add_diagnostics();
  d->set_file(request.filename());
  d->set_message(message);
  return r;
}

}  // namespace

proto::TraceResult TraceInProcess(const proto::TraceRequest& request, const std::function<absl::Status()>& before_user_code) {
  if (auto s = InitializePython(); !s.ok()) return Failure(request, std::string(s.message()));
  if (before_user_code) {
    if (auto s = before_user_code(); !s.ok()) return Failure(request, "cannot set up the sandbox: " + std::string(s.message()));
  }
  std::string request_json;
  google::protobuf::util::JsonPrintOptions print;
  print.preserve_proto_field_names = false;
  (void)google::protobuf::util::MessageToJsonString(request, &request_json, print);
  std::string signatures = ops::Registry::Get().SignaturesJson();

  PyObject* tracer = PyImport_ImportModule("fxn_tracer");
  if (!tracer) return Failure(request, "internal error: " + PythonError());
  PyObject* out = PyObject_CallMethod(tracer, "run", "ss", request_json.c_str(), signatures.c_str());
  Py_DECREF(tracer);
  if (!out) return Failure(request, "internal error in the front end: " + PythonError());
  std::string json = PyUnicode_AsUTF8(out);
  Py_DECREF(out);

  proto::TraceResult result;
  google::protobuf::util::JsonParseOptions parse;
  auto st = google::protobuf::util::JsonStringToMessage(json, &result, parse);
  if (!st.ok()) return Failure(request, "internal error: the front end's result does not parse: " + st.ToString());
  if (auto s = CheckTraceResult(result); !s.ok()) return Failure(request, std::string(s.status().message()));
  return result;
}

absl::StatusOr<ir::Module> CheckTraceResult(const proto::TraceResult& result) {
  if (result.diagnostics_size() > 0) return ir::Module{};
  if (!IsPythonIdentifier(result.entry())) {
    return absl::InvalidArgumentError(absl::StrCat(
        "the trace named its entry '", QuoteForMessage(result.entry()),
        "', which is not a Python identifier; the trace result is refused (did the traced module tamper with the tracer?)"));
  }
  auto module = ir::FromProto(result.module());
  if (!module.ok()) return module.status();
  if (auto s = ir::Verify(*module); !s.ok()) return s;
  const ir::Function* entry = module->entry_function();
  if (!entry || entry->python_name != result.entry()) {
    return absl::InvalidArgumentError(absl::StrCat("the trace names the entry '", result.entry(),
                                                   "' but its IR has no such entry function; the trace result is refused"));
  }
  return module;
}

absl::StatusOr<proto::TraceResult> RunTracer(const proto::TraceRequest& request, const TracerOptions& options) {
  if (auto s = CheckPythonSource(request.filename(), request.source()); !s.ok()) return s;
  std::string binary = options.tracer_binary.empty() ? ExecutableDir() + "/fxn-trace" : options.tracer_binary;
  auto sandbox = PlanSandbox(binary);
  if (!sandbox.ok()) return sandbox.status();
  SubprocessLimits limits;
  limits.wall_timeout = std::chrono::seconds(options.timeout_seconds);
  limits.address_space_bytes = options.memory_bytes;
  limits.cpu_seconds = static_cast<uint64_t>(options.timeout_seconds) + 1;
  limits.file_size_bytes = 64ull << 20;
  limits.max_output_bytes = kMaxTraceResultBytes + 1;
  limits.environment = sandbox->environment;
  std::vector<std::string> argv = sandbox->prefix;
  argv.push_back(sandbox->tracer_path);
  argv.push_back("--sandbox");
  auto run = RunSubprocess(argv, request.SerializeAsString(), limits);
  if (!run.ok()) return run.status();
  if (run->timed_out) {
    return absl::DeadlineExceededError(absl::StrCat(request.filename(), ": error: tracing took longer than ", options.timeout_seconds,
                                                    " s (an endless loop in the samples?); the trace was stopped"));
  }
  if (!run->ok()) {
    std::string tail = run->stderr_data.size() > 2000 ? run->stderr_data.substr(run->stderr_data.size() - 2000) : run->stderr_data;
    return absl::AbortedError(absl::StrCat(request.filename(), ": error: the tracer died (", run->Describe(),
                                           ") while running the samples", tail.empty() ? "" : ": " + tail));
  }
  if (run->stdout_cut || run->stdout_data.size() > kMaxTraceResultBytes) {
    return absl::ResourceExhaustedError(absl::StrCat(request.filename(), ": error: the trace result is over ", kMaxTraceResultBytes >> 20,
                                                     " MiB (the limit); are the samples or their results that large?"));
  }
  proto::TraceResult result;
  if (!result.ParseFromString(run->stdout_data)) return absl::InternalError("the tracer's output does not parse");
  if (auto s = CheckTraceResult(result); !s.ok()) return s.status();
  return result;
}

}  // namespace fxn::tracer
