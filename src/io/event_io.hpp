// Event files: what `extract` writes and `map` / `report` read back.
// Writers: GeoJSONSeq (one Feature per line; RFC 8142 record separators on request), one GeoJSON
// FeatureCollection, and CSV in ACLED column order followed by conflictmap's columns.
// Reader: GeoJSONSeq (with or without RS), a FeatureCollection, or a single Feature.
#pragma once

#include "core/diagnostics.hpp"
#include "events/event_record.hpp"

#include <filesystem>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::io {

/// Incremental writer so `extract` can stream events as articles are processed.
class EventWriter {
public:
    virtual ~EventWriter() = default;
    virtual void write(const EventRecord& event) = 0;
    /// Writes one event given as render_event made it for this writer's format: events can be
    /// rendered on several threads and written in order.
    virtual void write_rendered(std::string_view event) = 0;
    /// Closes the document (FeatureCollection bracket); call once, after the last event.
    virtual void finish() = 0;
};

enum class EventFormat { geojsonseq, json, csv };

/// Appends one event as a writer of the format writes it, without what the writer puts
/// around it (record separator, line end, commas between features): the Feature's JSON, or
/// the CSV row. Reads no shared state, so it may run on several threads at once.
void render_event(EventFormat format, const EventRecord& event, std::string& out);

/// rfc8142: prefix each record with the ASCII record separator (0x1E), as .geojsons files use.
std::unique_ptr<EventWriter> make_event_writer(EventFormat format, std::ostream& out,
                                               bool rfc8142 = false);

/// CSV header names in output order (ACLED's first).
const std::vector<std::string>& event_csv_columns();
/// One CSV row (no newline) for the event, RFC 4180 quoting.
std::string event_csv_row(const EventRecord& event);

struct EventReadStats {
    std::uint64_t read = 0;
    std::uint64_t skipped = 0;
};

/// Read events from a stream; `name` is used in messages. Bad features are skipped with a
/// warning naming name:line (strict: thrown).
EventReadStats read_events(std::istream& in, const std::string& name, Diagnostics& diag,
                           bool strict, const std::function<void(EventRecord&&)>& sink);

/// Same, from a file (throws InputError when it cannot be opened).
EventReadStats read_event_file(const std::filesystem::path& path, Diagnostics& diag, bool strict,
                               const std::function<void(EventRecord&&)>& sink);

} // namespace conflictmap::io
