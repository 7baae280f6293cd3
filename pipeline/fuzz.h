// Differential fuzzing, the artifact's side (`fxn push --fuzz N`, WORKSPACE.md "Fuzzing"): the
// inputs the tracer generated and ran in CPython are run by the artifact after the samples, in the
// same harness run, and each answer is compared as a sample's is. A difference fails the target
// with a diagnostic at the entry's def; an input where fxn raises one of its documented limits
// (its own error naming fxn, or OverflowError where CPython's answer needs more than 64 bits) is
// counted and reported as a limit, not a difference.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/pipeline.h"

namespace fxn::pipeline {

enum class FuzzOutcome { kAgreed, kLimit, kDifference };

// One generated input: the artifact's answer line against CPython's (`why` set when CPython's
// result holds an int beyond 64 bits: OverflowError there is fxn's limit, not a difference).
FuzzOutcome ClassifyFuzzAnswer(const std::string& expected, const std::string& why, const std::string& actual, int ulps);

// Compares the answers to the generated inputs (`actual[i]` for `traced.result.fuzz(i)`).
FuzzResult CompareFuzz(const Traced& traced, const std::vector<std::string>& actual, const std::string& target);

// Shrinking: rounds of CPython (a trace in the sandbox, `fuzz_shrink_from`) on the inputs one step
// simpler than the smallest failing one, then of the artifact on them, while one of them still
// differs (at most `rounds`); fuzz.difference becomes the simplest failing input found.
void ShrinkFuzzDifference(const Traced& traced, const toolchains::Toolchain& toolchain, const std::string& library,
                          FuzzResult& fuzz, int rounds = 12);

// `file:line:col: error: the compiled function differs from CPython on a generated input` with the
// input, both outcomes and how it was found.
std::string FuzzDiagnostic(const Traced& traced, const FuzzResult& fuzz, const std::string& target);

// The manifest's "fuzz" object.
nlohmann::json FuzzManifest(const Traced& traced, const FuzzResult& fuzz);

}  // namespace fxn::pipeline
