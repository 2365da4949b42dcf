// Test helpers for the reference data in ../shared (absent on a user's fresh
// machine: tests that need it call DYAD_REQUIRE_SHARED and report skipped).
#ifndef DYAD_TESTS_SUPPORT_SHARED_DATA_H_
#define DYAD_TESTS_SUPPORT_SHARED_DATA_H_

#include <string>

namespace dyad::testing {

// Absolute path of a file or folder under the shared reference data, or ""
// when it does not exist. DYAD_SHARED env var overrides the build-time path.
std::string SharedPath(const std::string& relative);

// Reads a whole file (gunzipping .gz); "" when missing.
std::string ReadFileOrEmpty(const std::string& path);

}  // namespace dyad::testing

#define DYAD_REQUIRE_SHARED(var, rel)                                     \
  const std::string var = ::dyad::testing::SharedPath(rel);               \
  if (var.empty()) GTEST_SKIP() << "reference data not found: ../shared/" << (rel)

#endif  // DYAD_TESTS_SUPPORT_SHARED_DATA_H_
