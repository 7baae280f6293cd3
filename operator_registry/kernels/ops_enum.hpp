// enum.Enum lookups: a member by value (`Color(1)`) or by name (`Color["RED"]`), over the class's
// tables, which the front end passes as constant lists (a member is an instance of the enum's
// class, made once; these return its index in the class's definition order).
#pragma once
#include <cstdint>
#include <string>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"

namespace fxn::ops {

// `values`: the members' values in definition order (aliases share their member's value).
template <class T>
FXN_OP("enum.lookup_value", "(list[T], T, str) -> int", "*")
inline bool enum_lookup_value(Ctx& cx, const List<T>& values, const T& value, const Str& cls, int64_t& out) {
  const auto& items = values.items();
  for (size_t i = 0; i < items.size(); ++i) {
    if (PyEq(static_cast<T>(items[i]), value)) {
      out = static_cast<int64_t>(i);
      return true;
    }
  }
  std::string message;
  Format<T>::Repr(message, value);
  message += " is not a valid ";
  message += cls.utf8();
  return cx.RaiseView("ValueError", message);
}

// `names`: every member name, aliases included (__members__); `indices`: the member each names.
FXN_OP("enum.lookup_name", "(list[str], list[int], str) -> int", "*")
inline bool enum_lookup_name(Ctx& cx, const List<Str>& names, const List<int64_t>& indices, const Str& name,
                             int64_t& out) {
  const auto& items = names.items();
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].Equals(name)) {
      out = indices.items()[i];
      return true;
    }
  }
  std::string message;
  Format<Str>::Repr(message, name);
  return cx.RaiseView("KeyError", message);
}

}  // namespace fxn::ops
