/* The verification and `fxn run` harness: loads an artifact, reads one JSON array of arguments
 * per line on stdin, and prints one JSON line per call: {"ok": RESULT} or
 * {"error": {"type": T, "message": M}}. Built for each target and run there (natively, under
 * qemu-user, ...), so it uses only the public C interface of fxn.h. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fxn.h"

typedef fxn_value* (*from_json_fn)(const char*, size_t, char**);
typedef char* (*to_json_fn)(const fxn_value*);
typedef void (*free_string_fn)(char*);
typedef void (*free_value_fn)(fxn_value*);
typedef fxn_status (*call_fn)(const fxn_value*, fxn_value**, fxn_error*);
typedef fxn_value* (*str_fn)(const char*, size_t);

static void print_error(to_json_fn to_json, str_fn make_str, free_value_fn free_value,
                        free_string_fn free_string, const char* type, const char* message) {
  fxn_value* t = make_str(type, strlen(type));
  fxn_value* m = make_str(message, strlen(message));
  char* tj = to_json(t);
  char* mj = to_json(m);
  printf("{\"error\": {\"type\": %s, \"message\": %s}}\n", tj, mj);
  free_string(tj);
  free_string(mj);
  free_value(t);
  free_value(m);
}

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s LIBRARY < args.jsonl\n", argv[0]);
    return 2;
  }
  void* lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    fprintf(stderr, "cannot load %s: %s\n", argv[1], dlerror());
    return 2;
  }
  from_json_fn from_json = (from_json_fn)dlsym(lib, "fxn_value_from_json");
  to_json_fn to_json = (to_json_fn)dlsym(lib, "fxn_value_to_json");
  free_string_fn free_string = (free_string_fn)dlsym(lib, "fxn_string_free");
  free_value_fn free_value = (free_value_fn)dlsym(lib, "fxn_value_free");
  call_fn call = (call_fn)dlsym(lib, "fxn_call");
  str_fn make_str = (str_fn)dlsym(lib, "fxn_str");
  if (!from_json || !to_json || !free_string || !free_value || !call || !make_str) {
    fprintf(stderr, "%s is not an fxn artifact (missing the fxn.h entry points)\n", argv[1]);
    return 2;
  }
  size_t cap = 1 << 16, len = 0;
  char* line = malloc(cap);
  int c;
  for (;;) {
    len = 0;
    while ((c = getchar()) != EOF && c != '\n') {
      if (len + 1 >= cap) line = realloc(line, cap *= 2);
      line[len++] = (char)c;
    }
    if (len == 0 && c == EOF) break;
    line[len] = 0;
    char* parse_error = NULL;
    fxn_value* args = from_json(line, len, &parse_error);
    if (!args) {
      print_error(to_json, make_str, free_value, free_string, "ValueError", parse_error);
      free_string(parse_error);
    } else {
      fxn_value* result = NULL;
      fxn_error error;
      if (call(args, &result, &error) == FXN_OK) {
        char* text = to_json(result);
        printf("{\"ok\": %s}\n", text);
        free_string(text);
        free_value(result);
      } else {
        print_error(to_json, make_str, free_value, free_string, error.type, error.message);
      }
      free_value(args);
    }
    fflush(stdout);
    if (c == EOF) break;
  }
  free(line);
  return 0;
}
