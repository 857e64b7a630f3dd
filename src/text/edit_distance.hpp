// Spelling distance between two keys, counted in code points: the verification step of fuzzy
// matching (candidates come from hash lookups; this decides how close they really are).
#pragma once

#include <cstddef>
#include <string_view>

namespace conflictmap::text {

/// Optimal-string-alignment distance (insertions, deletions, substitutions and transpositions
/// of adjacent code points) between a and b, or max_distance + 1 when it exceeds max_distance.
/// Strings longer than 64 code points are compared on their first 64.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance);

/// 1 - distance / longer length, in [0, 1]; 1 for equal strings (two empty strings included).
double spelling_similarity(std::string_view a, std::string_view b);

/// Similarity of two phonetic keys (text::phonetic_key) in [0, 1]: as spelling_similarity, but
/// one vowel written for another (a/e/i/o/u/y/w, or ا/و/ي and the Kurdish vowel letters) costs
/// a quarter of an edit, since transliterations disagree on vowels far more than on consonants.
/// With floor > 0 the computation may stop early and return 0 for a similarity below floor.
double transliteration_similarity(std::string_view a, std::string_view b, double floor = 0.0);

} // namespace conflictmap::text
