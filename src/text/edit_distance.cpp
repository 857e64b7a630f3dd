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
        const auto b = static_cast<unsigned char>(s[pos]);
        if (b < 0x80U) { // ASCII, the common case: no decoding
            out[n++] = b;
            ++pos;
        } else {
            out[n++] = decode_utf8(s, pos);
        }
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
    if (a == b) {
        return 1.0;
    }
    // Only the cells below n and m are read: no need to clear the arrays.
    std::array<char32_t, kMaxLength> x; // NOLINT(cppcoreguidelines-pro-type-member-init)
    std::array<char32_t, kMaxLength> y; // NOLINT(cppcoreguidelines-pro-type-member-init)
    const std::size_t full_n = decode_prefix(a, x);
    const std::size_t full_m = decode_prefix(b, y);
    const std::size_t longer = std::max(full_n, full_m);
    if (longer == 0) {
        return 1.0;
    }
    // A common prefix and suffix cost nothing and need no cells: with non-negative costs and
    // free matches, some optimal alignment pairs them off (as in rapidfuzz's affix removal).
    std::size_t head = 0;
    while (head < full_n && head < full_m && x[head] == y[head]) {
        ++head;
    }
    std::size_t tail = 0;
    while (tail < full_n - head && tail < full_m - head &&
           x[full_n - 1 - tail] == y[full_m - 1 - tail]) {
        ++tail;
    }
    const std::size_t n = full_n - head - tail;
    const std::size_t m = full_m - head - tail;
    if (head > 0) {
        std::copy(x.begin() + static_cast<std::ptrdiff_t>(head),
                  x.begin() + static_cast<std::ptrdiff_t>(head + n), x.begin());
        std::copy(y.begin() + static_cast<std::ptrdiff_t>(head),
                  y.begin() + static_cast<std::ptrdiff_t>(head + m), y.begin());
    }
    // Costs in quarters, so the arithmetic is exact in integers: an edit is 4, a vowel for
    // another vowel 1.
    constexpr int kEdit = 4;
    constexpr int kVowelSwap = 1;
    std::array<bool, kMaxLength> x_vowel; // NOLINT(cppcoreguidelines-pro-type-member-init)
    std::array<bool, kMaxLength> y_vowel; // NOLINT(cppcoreguidelines-pro-type-member-init)
    for (std::size_t i = 0; i < n; ++i) {
        x_vowel[i] = is_vowel(x[i]);
    }
    for (std::size_t j = 0; j < m; ++j) {
        y_vowel[j] = is_vowel(y[j]);
    }
    // Three rolling rows (the oldest for transpositions), rotated without copying.
    std::array<std::array<int, kMaxLength + 1>, 3> rows; // NOLINT
    int* before = rows[0].data();
    int* prev = rows[1].data();
    int* cur = rows[2].data();
    for (std::size_t j = 0; j <= m; ++j) {
        prev[j] = kEdit * static_cast<int>(j);
    }
    // Once every cell of a row exceeds the edits the floor allows, the answer is below it.
    // (A cell comes from the row above or, by a transposition, the one before it; so when two
    // rows in a row exceed the budget, every later row does too.)
    const double budget = (1.0 - floor) * static_cast<double>(longer) * kEdit;
    int previous_row_min = 0;
    for (std::size_t i = 1; i <= n; ++i) {
        const char32_t xi = x[i - 1];
        const bool xv = x_vowel[i - 1];
        cur[0] = kEdit * static_cast<int>(i);
        int row_min = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            int cost = kEdit;
            if (xi == y[j - 1]) {
                cost = 0;
            } else if (xv && y_vowel[j - 1]) {
                cost = kVowelSwap;
            }
            int v = std::min(std::min(prev[j], cur[j - 1]) + kEdit, prev[j - 1] + cost);
            if (i > 1 && j > 1 && xi == y[j - 2] && x[i - 2] == y[j - 1]) {
                v = std::min(v, before[j - 2] + kEdit);
            }
            cur[j] = v;
            row_min = std::min(row_min, v);
        }
        if (floor > 0.0 && row_min > budget && previous_row_min > budget) {
            return 0.0;
        }
        previous_row_min = row_min;
        int* oldest = before;
        before = prev;
        prev = cur;
        cur = oldest;
    }
    const double distance = static_cast<double>(prev[m]) / kEdit;
    return std::max(0.0, 1.0 - distance / static_cast<double>(longer));
}

} // namespace conflictmap::text
