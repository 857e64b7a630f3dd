// Runs a table of CLI cases against the real conflictmap binary.
//
// A .cases file holds blocks; each starts with "=== name" and has "key: value" lines:
//   args: ARGS               shell words after the binary name ($DATA, $SRC, $TMP expand)
//   stdin: PATH              file fed to stdin (relative to the source tree); default empty
//   env: NAME=VALUE          extra environment (repeatable)
//   setup: SHELL             command run in $TMP before the case (repeatable)
//   exit: N                  expected exit code (default 0)
//   stdout-contains: TEXT    (repeatable) / stdout-lacks: TEXT / stderr-contains: TEXT
//   stderr-lacks: TEXT / stdout-empty: yes / stderr-empty: yes
//   stdout-json: PATH        stdout equals the JSON (or JSON lines) in PATH, compared as JSON
//   stdout-json-subset: PATH every member in PATH is in stdout with the same value; arrays
//                            match element-wise on the expected prefix; numbers within 1e-6
//   file-exists: PATH / file-absent: PATH   (relative to $TMP)
//   file-json-subset: PATH EXPECTED         a file written in $TMP against EXPECTED
// Each case runs in a fresh temporary folder ($TMP). Exit status is the number of failures.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Case {
    std::string name;
    std::size_t line = 0;
    std::vector<std::pair<std::string, std::string>> items;
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) {
        return {};
    }
    const auto e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

std::vector<Case> parse_cases(const fs::path& file) {
    std::vector<Case> cases;
    std::ifstream in(file);
    std::string line;
    std::size_t n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (line.rfind("===", 0) == 0) {
            cases.push_back({trim(line.substr(3)), n, {}});
            continue;
        }
        const auto t = trim(line);
        if (t.empty() || t[0] == '#') {
            continue;
        }
        const auto colon = line.find(':');
        if (cases.empty() || colon == std::string::npos) {
            std::cerr << file.string() << ':' << n << ": expected '=== name' or 'key: value'\n";
            std::exit(100);
        }
        cases.back().items.emplace_back(trim(line.substr(0, colon)), trim(line.substr(colon + 1)));
    }
    return cases;
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') {
            out += "'\\''";
        } else {
            out += c;
        }
    }
    return out + "'";
}

std::vector<json> parse_json_or_lines(const std::string& text) {
    std::vector<json> docs;
    try {
        docs.push_back(json::parse(text));
        return docs;
    } catch (const json::parse_error&) {
    }
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const auto start = line.find_first_not_of(" \t\r\x1e");
        if (start != std::string::npos) {
            docs.push_back(json::parse(line.substr(start)));
        }
    }
    return docs;
}

bool json_match(const json& expected, const json& actual, bool subset, const std::string& path,
                std::string& why) {
    if (expected.is_number() && actual.is_number()) {
        const double a = actual.get<double>(), e = expected.get<double>();
        if (std::fabs(a - e) > 1e-6 * std::max(1.0, std::fabs(e))) {
            why = path + ": expected " + expected.dump() + ", got " + actual.dump();
            return false;
        }
        return true;
    }
    if (expected.type() != actual.type()) {
        why = path + ": expected " + expected.dump() + ", got " + actual.dump();
        return false;
    }
    if (expected.is_object()) {
        for (const auto& [k, v] : expected.items()) {
            if (!actual.contains(k)) {
                why = path + "." + k + ": missing";
                return false;
            }
            if (!json_match(v, actual.at(k), subset, path + "." + k, why)) {
                return false;
            }
        }
        if (!subset && actual.size() != expected.size()) {
            why = path + ": unexpected extra members";
            return false;
        }
        return true;
    }
    if (expected.is_array()) {
        if (subset ? actual.size() < expected.size() : actual.size() != expected.size()) {
            why = path + ": expected " + std::to_string(expected.size()) + " elements, got " +
                  std::to_string(actual.size());
            return false;
        }
        for (std::size_t i = 0; i < expected.size(); ++i) {
            if (!json_match(expected[i], actual[i], subset, path + "[" + std::to_string(i) + "]",
                            why)) {
                return false;
            }
        }
        return true;
    }
    if (expected != actual) {
        why = path + ": expected " + expected.dump() + ", got " + actual.dump();
        return false;
    }
    return true;
}

bool compare_json_text(const std::string& expected_text, const std::string& actual_text,
                       bool subset, std::string& why) {
    std::vector<json> expected, actual;
    try {
        expected = parse_json_or_lines(expected_text);
    } catch (const std::exception& e) {
        why = std::string("expected file is not JSON: ") + e.what();
        return false;
    }
    try {
        actual = parse_json_or_lines(actual_text);
    } catch (const std::exception& e) {
        why = std::string("output is not JSON: ") + e.what();
        return false;
    }
    if (subset ? actual.size() < expected.size() : actual.size() != expected.size()) {
        why = "expected " + std::to_string(expected.size()) + " JSON documents, got " +
              std::to_string(actual.size());
        return false;
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (!json_match(expected[i], actual[i], subset, "doc" + std::to_string(i + 1), why)) {
            return false;
        }
    }
    return true;
}

int run_case(const fs::path& binary, const fs::path& source_dir, const Case& c,
             const fs::path& case_file) {
    const fs::path tmp = fs::temp_directory_path() /
                         ("cm-cli-" + std::to_string(::getpid()) + "-" + std::to_string(c.line));
    fs::remove_all(tmp);
    fs::create_directories(tmp);
    std::string env = "DATA=" + shell_quote((source_dir / "tests" / "data").string()) +
                      " SRC=" + shell_quote(source_dir.string()) +
                      " TMP=" + shell_quote(tmp.string());
    std::string args, stdin_path = "/dev/null";
    std::vector<std::string> setups;
    int expected_exit = 0;
    for (const auto& [k, v] : c.items) {
        if (k == "args") {
            args = v;
        } else if (k == "stdin") {
            stdin_path = (source_dir / v).string();
        } else if (k == "env") {
            const auto eq = v.find('=');
            env += " " + v.substr(0, eq) + "=" + shell_quote(v.substr(eq + 1));
        } else if (k == "setup") {
            setups.push_back(v);
        } else if (k == "exit") {
            expected_exit = std::stoi(v);
        }
    }
    for (const auto& s : setups) {
        const std::string cmd =
            "cd " + shell_quote(tmp.string()) + " && export " + env + " && " + s;
        if (std::system(cmd.c_str()) != 0) {
            std::cout << "FAIL " << c.name << ": setup failed: " << s << '\n';
            return 1;
        }
    }
    const std::string cmd = "cd " + shell_quote(tmp.string()) + " && export " + env + " && " +
                            shell_quote(binary.string()) + " " + args + " < " +
                            shell_quote(stdin_path) + " > .stdout 2> .stderr";
    const int status = std::system(cmd.c_str());
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    const std::string out = slurp(tmp / ".stdout");
    const std::string err = slurp(tmp / ".stderr");

    std::vector<std::string> failures;
    if (code != expected_exit) {
        failures.push_back("exit code " + std::to_string(code) + ", expected " +
                           std::to_string(expected_exit));
    }
    for (const auto& [k, v] : c.items) {
        std::string why;
        if (k == "stdout-contains" && out.find(v) == std::string::npos) {
            failures.push_back("stdout lacks '" + v + "'");
        } else if (k == "stdout-lacks" && out.find(v) != std::string::npos) {
            failures.push_back("stdout has '" + v + "'");
        } else if (k == "stderr-contains" && err.find(v) == std::string::npos) {
            failures.push_back("stderr lacks '" + v + "'");
        } else if (k == "stderr-lacks" && err.find(v) != std::string::npos) {
            failures.push_back("stderr has '" + v + "'");
        } else if (k == "stdout-empty" && !out.empty()) {
            failures.push_back("stdout is not empty");
        } else if (k == "stderr-empty" && !err.empty()) {
            failures.push_back("stderr is not empty");
        } else if ((k == "stdout-json" || k == "stdout-json-subset") &&
                   !compare_json_text(slurp(source_dir / v), out, k == "stdout-json-subset", why)) {
            failures.push_back(k + " " + v + ": " + why);
        } else if (k == "file-exists" && !fs::exists(tmp / v)) {
            failures.push_back("file " + v + " was not written");
        } else if (k == "file-absent" && fs::exists(tmp / v)) {
            failures.push_back("file " + v + " exists");
        } else if (k == "file-json-subset") {
            std::istringstream words(v);
            std::string produced, expected;
            words >> produced >> expected;
            if (!compare_json_text(slurp(source_dir / expected), slurp(tmp / produced), true,
                                   why)) {
                failures.push_back("file " + produced + ": " + why);
            }
        }
    }
    if (failures.empty()) {
        std::cout << "ok   " << c.name << '\n';
        fs::remove_all(tmp);
        return 0;
    }
    std::cout << "FAIL " << c.name << " (" << case_file.filename().string() << ':' << c.line
              << ")\n     conflictmap " << args << '\n';
    for (const auto& f : failures) {
        std::cout << "     - " << f << '\n';
    }
    std::cout << "     stderr: " << err.substr(0, 2000) << '\n'
              << "     stdout: " << out.substr(0, 2000) << '\n';
    fs::remove_all(tmp);
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: cli_case_runner BINARY CASES_FILE SOURCE_DIR\n";
        return 100;
    }
    const fs::path binary = fs::absolute(argv[1]);
    const fs::path case_file = argv[2];
    const fs::path source_dir = fs::absolute(argv[3]);
    int failed = 0;
    const auto cases = parse_cases(case_file);
    for (const auto& c : cases) {
        failed += run_case(binary, source_dir, c, case_file);
    }
    std::cout << (cases.size() - static_cast<std::size_t>(failed)) << " passed, " << failed
              << " failed\n";
    return failed == 0 ? 0 : 1;
}
