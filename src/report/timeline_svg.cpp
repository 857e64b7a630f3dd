#include "report/timeline_svg.hpp"

#include "report/event_style.hpp"
#include "report/label_placement.hpp"
#include "report/markup_text.hpp"
#include "report/number_format.hpp"

#include <algorithm>
#include <cmath>

namespace conflictmap::report {

namespace {

constexpr const char* kFontFamily =
    "'Noto Sans','DejaVu Sans','Segoe UI',Roboto,Arial,Helvetica,sans-serif";

std::string attr(const char* name, double value) {
    return std::string(" ") + name + "=\"" + svg_number(value) + "\"";
}

/// A round tick step (1, 2 or 5 times a power of ten) giving at most five ticks up to max.
std::uint64_t tick_step(std::uint64_t max) {
    std::uint64_t magnitude = 1;
    while (true) {
        for (const std::uint64_t m : {1U, 2U, 5U}) {
            if (max <= 5 * m * magnitude) {
                return m * magnitude;
            }
        }
        magnitude *= 10;
    }
}

std::string bin_label(const TimelineBin& bin, TimelineUnit unit, bool with_year) {
    const Date& d = bin.start;
    if (unit == TimelineUnit::month) {
        return std::string(month_abbreviation(d.month)) +
               (with_year || d.month == 1 ? " " + std::to_string(d.year) : std::string());
    }
    std::string label = std::to_string(d.day) + " " + month_abbreviation(d.month);
    return with_year ? label + " " + std::to_string(d.year) : label;
}

std::string bin_title(const TimelineBin& bin, const Timeline& timeline) {
    std::string t;
    switch (timeline.unit) {
    case TimelineUnit::day:
        t = bin.start.iso();
        break;
    case TimelineUnit::week:
        t = "Week of " + bin.start.iso();
        break;
    case TimelineUnit::month:
        t = std::string(month_abbreviation(bin.start.month)) + " " + std::to_string(bin.start.year);
        break;
    }
    t += ": " + format_count(static_cast<std::int64_t>(bin.events)) +
         (bin.events == 1 ? " event" : " events");
    std::string parts;
    for (std::size_t k = 0; k < timeline.types.size(); ++k) {
        if (bin.events_by_type[k] != 0) {
            parts += (parts.empty() ? "" : ", ") + timeline.types[k] + " " +
                     format_count(static_cast<std::int64_t>(bin.events_by_type[k]));
        }
    }
    if (!parts.empty()) {
        t += " (" + parts + ")";
    }
    return t;
}

} // namespace

const char* month_abbreviation(int month) {
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return kMonths[std::clamp(month, 1, 12) - 1];
}

std::string short_date(const Date& date) {
    return std::to_string(date.day) + " " + month_abbreviation(date.month) + " " +
           std::to_string(date.year);
}

std::string render_timeline_svg(const Timeline& timeline, const TimelineOptions& options) {
    const double width = options.width;
    // Without bins the chart is a one-line message, not an empty frame.
    const double height = timeline.bins.empty() ? 48.0 : options.height;
    const double left = 46.0;
    const double right = 12.0;
    const double top = 14.0;
    const double plot_h = height - 58.0;
    const double plot_w = width - left - right;
    const double legend_y = height - 8.0;

    std::string body;
    std::uint64_t max = 0;
    for (const auto& b : timeline.bins) {
        max = std::max(max, b.events);
    }
    const std::string unit = timeline_unit_name(timeline.unit);
    std::string title = "Events per " + unit + " by type";

    if (timeline.bins.empty()) {
        body += "<text" + attr("x", width / 2) + attr("y", 30) +
                " text-anchor=\"middle\" font-size=\"14\" fill=\"#57606A\">No dated events"
                "</text>";
    } else {
        const std::uint64_t step = tick_step(std::max<std::uint64_t>(max, 1));
        const std::uint64_t y_max = ((std::max<std::uint64_t>(max, 1) + step - 1) / step) * step;
        const auto y_of = [&](double v) {
            return top + plot_h - plot_h * v / static_cast<double>(y_max);
        };
        // Grid lines and y labels.
        body += "<g stroke=\"#D0D7DE\" stroke-width=\"0.8\">";
        for (std::uint64_t v = 0; v <= y_max; v += step) {
            body += "<line" + attr("x1", left) + attr("x2", left + plot_w) +
                    attr("y1", y_of(static_cast<double>(v))) +
                    attr("y2", y_of(static_cast<double>(v))) + "/>";
        }
        body += "</g><g font-size=\"11\" fill=\"#57606A\" text-anchor=\"end\">";
        for (std::uint64_t v = 0; v <= y_max; v += step) {
            body += "<text" + attr("x", left - 6) + attr("y", y_of(static_cast<double>(v)) + 4) +
                    ">" + format_count(static_cast<std::int64_t>(v)) + "</text>";
        }
        body += "</g>";

        // Bars, stacked in type order from the bottom.
        const double slot = plot_w / static_cast<double>(timeline.bins.size());
        const double gap = std::min(2.0, slot * 0.2);
        body += "<g>";
        for (std::size_t i = 0; i < timeline.bins.size(); ++i) {
            const auto& bin = timeline.bins[i];
            if (bin.events == 0) {
                continue;
            }
            const double x = left + slot * static_cast<double>(i) + gap / 2;
            body += "<g><title>" + xml_escape(bin_title(bin, timeline)) + "</title>";
            std::uint64_t below = 0;
            for (std::size_t k = 0; k < timeline.types.size(); ++k) {
                const std::uint64_t n = bin.events_by_type[k];
                if (n == 0) {
                    continue;
                }
                const double y0 = y_of(static_cast<double>(below + n));
                const double y1 = y_of(static_cast<double>(below));
                body += "<rect" + attr("x", x) + attr("y", y0) + attr("width", slot - gap) +
                        attr("height", y1 - y0) + " fill=\"" +
                        event_style(timeline.types[k]).colour + "\"/>";
                below += n;
            }
            body += "</g>";
        }
        body += "</g>";
        body += "<line" + attr("x1", left) + attr("x2", left + plot_w) + attr("y1", top + plot_h) +
                attr("y2", top + plot_h) + " stroke=\"#57606A\" stroke-width=\"1\"/>";

        // x labels: as many as fit, evenly spaced, the first with its year.
        const double label_w = timeline.unit == TimelineUnit::month ? 64.0 : 74.0;
        const std::size_t every =
            std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(label_w / slot)));
        body += "<g font-size=\"11\" fill=\"#57606A\" text-anchor=\"middle\">";
        int last_year = 0;
        for (std::size_t i = 0; i < timeline.bins.size(); i += every) {
            const auto& bin = timeline.bins[i];
            const bool with_year = i == 0 || bin.start.year != last_year;
            last_year = bin.start.year;
            const double cx = left + slot * (static_cast<double>(i) + 0.5);
            body += "<line" + attr("x1", cx) + attr("x2", cx) + attr("y1", top + plot_h) +
                    attr("y2", top + plot_h + 4) + " stroke=\"#57606A\"/>";
            body += "<text" + attr("x", cx) + attr("y", top + plot_h + 17) + ">" +
                    xml_escape(bin_label(bin, timeline.unit, with_year)) + "</text>";
        }
        body += "</g>";

        // Legend: the types present.
        double x = left;
        body += "<g font-size=\"12\" fill=\"#1F2328\">";
        for (const auto& type : timeline.types) {
            const double w = 18 + estimated_text_width(type, 12) + 16;
            if (x + w > width) {
                break;
            }
            body += "<rect" + attr("x", x) + attr("y", legend_y - 10) +
                    " width=\"12\" height=\"12\" fill=\"" + event_style(type).colour + "\"/>";
            body += "<text" + attr("x", x + 17) + attr("y", legend_y) + ">" + xml_escape(type) +
                    "</text>";
            x += w;
        }
        body += "</g>";
    }

    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"" +
                      svg_number(width) + "\" height=\"" + svg_number(height) +
                      "\" viewBox=\"0 0 " + svg_number(width) + " " + svg_number(height) +
                      "\" role=\"img\" aria-labelledby=\"" + options.id_prefix +
                      "-title\" font-family=\"" + kFontFamily + "\">";
    svg += "<title id=\"" + options.id_prefix + "-title\">" + xml_escape(title) + "</title>";
    svg += body + "</svg>";
    return svg;
}

} // namespace conflictmap::report
