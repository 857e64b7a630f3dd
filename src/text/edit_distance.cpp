#include "text/edit_distance.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>

namespace conflictmap::text {

namespace {

constexpr std::size_t kMaxLength = 64;

std::size_t decode_prefix(std::string_view s, std::array<char32_t, kMaxLength>& out) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < s.size() && n < kMaxLength;) {
        out[n++] = decode_utf8(s, pos);
    }
    return n;
}

bool is_vowel(char32_t c) noexcept {
    switch (c) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
    case 'w':
    case 0x0627: // ا
    case 0x0648: // و
    case 0x064A: // ي
    case 0x06D5: // ە
    case 0x06CE: // ێ
    case 0x06C6: // ۆ
        return true;
    default:
        return false;
    }
}

} // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance) {
    std::array<char32_t, kMaxLength> x{};
    std::array<char32_t, kMaxLength> y{};
    const std::size_t n = decode_prefix(a, x);
    const std::size_t m = decode_prefix(b, y);
    const std::size_t diff = n > m ? n - m : m - n;
    if (diff > max_distance) {
        return max_distance + 1;
    }
    // Three rolling rows of the dynamic-programming table (the oldest for transpositions),
    // rotated without copying.
    std::array<std::array<std::size_t, kMaxLength + 1>, 3> rows{};
    std::size_t* before = rows[0].data();
    std::size_t* prev = rows[1].data();
    std::size_t* cur = rows[2].data();
    for (std::size_t j = 0; j <= m; ++j) {
        prev[j] = j;
    }
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
            std::size_t v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                v = std::min(v, before[j - 2] + 1);
            }
            cur[j] = v;
            row_min = std::min(row_min, v);
        }
        if (row_min > max_distance) {
            return max_distance + 1;
        }
        std::size_t* oldest = before;
        before = prev;
        prev = cur;
        cur = oldest;
    }
    return std::min(prev[m], max_distance + 1);
}

double spelling_similarity(std::string_view a, std::string_view b) {
    std::array<char32_t, kMaxLength> scratch{};
    const std::size_t n = decode_prefix(a, scratch);
    const std::size_t m = decode_prefix(b, scratch);
    const std::size_t longer = std::max(n, m);
    if (longer == 0) {
        return 1.0;
    }
    const std::size_t d = edit_distance(a, b, longer);
    return 1.0 - static_cast<double>(d) / static_cast<double>(longer);
}

} // namespace conflictmap::text

namespace conflictmap::text {

double transliteration_similarity(std::string_view a, std::string_view b, double floor) {
    std::array<char32_t, kMaxLength> x{};
    std::array<char32_t, kMaxLength> y{};
    const std::size_t n = decode_prefix(a, x);
    const std::size_t m = decode_prefix(b, y);
    const std::size_t longer = std::max(n, m);
    if (longer == 0) {
        return 1.0;
    }
    constexpr double kVowelSwap = 0.25;
    std::array<bool, kMaxLength> x_vowel{};
    std::array<bool, kMaxLength> y_vowel{};
    for (std::size_t i = 0; i < n; ++i) {
        x_vowel[i] = is_vowel(x[i]);
    }
    for (std::size_t j = 0; j < m; ++j) {
        y_vowel[j] = is_vowel(y[j]);
    }
    // Three rolling rows (the oldest for transpositions), rotated without copying.
    std::array<std::array<double, kMaxLength + 1>, 3> rows{};
    double* before = rows[0].data();
    double* prev = rows[1].data();
    double* cur = rows[2].data();
    for (std::size_t j = 0; j <= m; ++j) {
        prev[j] = static_cast<double>(j);
    }
    // Once every cell of a row exceeds the edits the floor allows, the answer is below it.
    // (A cell comes from the row above or, by a transposition, the one before it; so when two
    // rows in a row exceed the budget, every later row does too.)
    const double budget = (1.0 - floor) * static_cast<double>(longer);
    double previous_row_min = 0.0;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = static_cast<double>(i);
        double row_min = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            double cost = 1.0;
            if (x[i - 1] == y[j - 1]) {
                cost = 0.0;
            } else if (x_vowel[i - 1] && y_vowel[j - 1]) {
                cost = kVowelSwap;
            }
            double v = std::min({prev[j] + 1.0, cur[j - 1] + 1.0, prev[j - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                v = std::min(v, before[j - 2] + 1.0);
            }
            cur[j] = v;
            row_min = std::min(row_min, v);
        }
        if (floor > 0.0 && row_min > budget && previous_row_min > budget) {
            return 0.0;
        }
        previous_row_min = row_min;
        double* oldest = before;
        before = prev;
        prev = cur;
        cur = oldest;
    }
    return std::max(0.0, 1.0 - prev[m] / static_cast<double>(longer));
}

} // namespace conflictmap::text
