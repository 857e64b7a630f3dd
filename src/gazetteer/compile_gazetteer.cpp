// conflictmap_compile_gazetteer: the build-time tool that compiles the embedded gazetteer
// (gazetteer/*.tsv with the admin tables beside them) into the index image compiled into the
// program. Usage: conflictmap_compile_gazetteer -o OUT.cmidx SOURCE.tsv...
// A malformed row fails the build with file:line:column.
#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "gazetteer/index_builder.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace conflictmap;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() < 2 || args[0] != "-o") {
        std::cerr << "usage: conflictmap_compile_gazetteer -o OUT.cmidx SOURCE...\n";
        return 2;
    }
    const std::filesystem::path out = args[1];
    try {
        Diagnostics diagnostics(std::cerr);
        gazetteer::IndexBuilder builder({false, &diagnostics});
        builder.add_info("name", "embedded gazetteer");
        for (std::size_t i = 2; i < args.size(); ++i) {
            builder.add_file(args[i]);
        }
        const auto image = builder.build();
        const auto temp = out.string() + ".tmp";
        {
            std::ofstream file(temp, std::ios::binary | std::ios::trunc);
            file.write(reinterpret_cast<const char*>(image.data()),
                       static_cast<std::streamsize>(image.size() * sizeof(image[0])));
            if (!file.flush()) {
                throw OutputError("cannot write", ErrorContext{temp, 0, 0, {}});
            }
        }
        std::filesystem::rename(temp, out);
        const auto& c = builder.counts();
        std::cerr << "conflictmap_compile_gazetteer: " << c.places << " places, " << c.exact_keys
                  << " keys, " << image.size() * 8 << " bytes\n";
    } catch (const std::exception& e) {
        std::cerr << "conflictmap_compile_gazetteer: error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
