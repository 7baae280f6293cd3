#define PY_SSIZE_T_CLEAN
#define Py_BUILD_CORE  // for _PyInterpreterFrame (internal/pycore_frame.h): the PEP 523 frame
#include <Python.h>
#include <internal/pycore_frame.h>
#undef Py_BUILD_CORE

#include "tracer_sandbox/tracer.h"

#include "tracer_sandbox/embedded_sources.h"
#include "tracer_sandbox/trace_client.h"

#include <google/protobuf/util/json_util.h>

#include <cstring>
#include <map>
#include <mutex>
#include <string>

#include "absl/strings/str_cat.h"
#include "ir/proto_convert.h"
#include "operator_registry/registry.h"
#include "support/embedded.h"

namespace fxn::tracer {


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
    const std::string_view bundle = python_compiled::Bundle();
    PyObject* compiled = PyBytes_FromStringAndSize(bundle.data(), static_cast<Py_ssize_t>(bundle.size()));
    PyObject* done = compiled ? PyObject_CallMethod(loader, "install", "OOO", frontend, package, compiled) : nullptr;
    Py_DECREF(frontend);
    Py_DECREF(package);
    Py_XDECREF(compiled);
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
  if (request.list_marks()) {
    if (auto s = CheckMarks(result); !s.ok()) return Failure(request, std::string(s.message()));
  } else if (auto s = CheckTraceResult(result); !s.ok()) {
    return Failure(request, std::string(s.status().message()));
  }
  return result;
}

}  // namespace fxn::tracer
