/* The verification and `fxn run` harness for native targets: loads an artifact, reads one JSON
 * array of arguments per line on stdin and prints the artifact's fxn_call_json answer per line:
 * {"ok": RESULT} or {"error": {"type": T, "message": M}}. Built for each target and run there
 * (natively, under qemu-user, under wine), so it uses only the public interface of fxn.h.
 * (wasm32 has its own: harness.mjs.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fxn.h"

#if defined(_WIN32)
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#define LOAD(path) ((void*)LoadLibraryA(path))
#define SYMBOL(lib, name) ((void*)GetProcAddress((HMODULE)(lib), name))
#define LOAD_ERROR() "LoadLibrary failed"
#else
#include <dlfcn.h>
#define LOAD(path) dlopen(path, RTLD_NOW | RTLD_LOCAL)
#define SYMBOL(lib, name) dlsym(lib, name)
#define LOAD_ERROR() dlerror()
#endif

typedef char* (*call_json_fn)(const char*, size_t);
typedef void (*free_string_fn)(char*);

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s LIBRARY < args.jsonl\n", argv[0]);
    return 2;
  }
#if defined(_WIN32)
  /* Text mode would print "\r\n" and end stdin at a Ctrl-Z byte: the answers are compared
   * byte for byte. */
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stdin), _O_BINARY);
#endif
  void* lib = LOAD(argv[1]);
  if (!lib) {
    fprintf(stderr, "cannot load %s: %s\n", argv[1], LOAD_ERROR());
    return 2;
  }
  call_json_fn call_json = (call_json_fn)SYMBOL(lib, "fxn_call_json");
  free_string_fn free_string = (free_string_fn)SYMBOL(lib, "fxn_string_free");
  if (!call_json || !free_string) {
    fprintf(stderr, "%s is not an fxn artifact (missing the fxn.h entry points)\n", argv[1]);
    return 2;
  }
  size_t cap = 1 << 16, len = 0;
  char* line = malloc(cap);
  int c;
  for (;;) {
    len = 0;
    while ((c = getchar()) != EOF && c != '\n') {
      if (c == '\r') continue;
      if (len + 1 >= cap) line = realloc(line, cap *= 2);
      line[len++] = (char)c;
    }
    if (len == 0 && c == EOF) break;
    line[len] = 0;
    char* answer = call_json(line, len);
    printf("%s\n", answer);
    free_string(answer);
    fflush(stdout);
    if (c == EOF) break;
  }
  free(line);
  return 0;
}
