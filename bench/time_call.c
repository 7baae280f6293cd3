/* Times one call of an fxn artifact's generic entry, best of N runs: the speed of the compiled
 * code itself, without process start-up or argument parsing.
 * usage: time_call LIBRARY ARGS_JSON [REPEATS]   prints "SECONDS RESULT_JSON"
 * ARGS_JSON may be @FILE: arguments too long for a command line (a matrix, an image). */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fxn.h"

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char** argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s LIBRARY ARGS_JSON [REPEATS]\n", argv[0]);
    return 2;
  }
  int repeats = argc > 3 ? atoi(argv[3]) : 3;
  void* lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    fprintf(stderr, "%s\n", dlerror());
    return 2;
  }
  fxn_value* (*from_json)(const char*, size_t, char**) = dlsym(lib, "fxn_value_from_json");
  char* (*to_json)(const fxn_value*) = dlsym(lib, "fxn_value_to_json");
  fxn_status (*call)(const fxn_value*, fxn_value**, fxn_error*) = dlsym(lib, "fxn_call");
  void (*free_value)(fxn_value*) = dlsym(lib, "fxn_value_free");
  const char* text_args = argv[2];
  char* file_args = NULL;
  if (text_args[0] == '@') {
    FILE* f = fopen(text_args + 1, "rb");
    if (!f) {
      fprintf(stderr, "cannot read %s\n", text_args + 1);
      return 2;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    file_args = malloc((size_t)size + 1);
    size_t got = fread(file_args, 1, (size_t)size, f);
    file_args[got] = 0;
    fclose(f);
    text_args = file_args;
  }
  fxn_value* args = from_json(text_args, strlen(text_args), NULL);
  free(file_args);
  if (!args) {
    fprintf(stderr, "bad arguments\n");
    return 2;
  }
  double best = 1e30;
  char* text = NULL;
  for (int i = 0; i < repeats; i++) {
    fxn_value* result = NULL;
    fxn_error error = {0};
    double t = now();
    fxn_status st = call(args, &result, &error);
    t = now() - t;
    if (st != FXN_OK) {
      fprintf(stderr, "%s: %s\n", error.type, error.message);
      return 1;
    }
    if (t < best) best = t;
    text = to_json(result);
    free_value(result);
  }
  printf("%.6f %s\n", best, text);
  return 0;
}
