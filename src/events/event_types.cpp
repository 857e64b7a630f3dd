#include "events/event_record.hpp"

namespace conflictmap {

const std::vector<EventTypeInfo>& acled_event_types() {
    static const std::vector<EventTypeInfo> types = {
        {"Battles", "Armed clash"},
        {"Battles", "Government regains territory"},
        {"Battles", "Non-state actor overtakes territory"},
        {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
        {"Explosions/Remote violence", "Air/drone strike"},
        {"Explosions/Remote violence", "Suicide bomb"},
        {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
        {"Explosions/Remote violence", "Grenade"},
        {"Explosions/Remote violence", "Chemical weapon"},
        {"Violence against civilians", "Attack"},
        {"Violence against civilians", "Abduction/forced disappearance"},
        {"Violence against civilians", "Sexual violence"},
        {"Protests", "Peaceful protest"},
        {"Protests", "Protest with intervention"},
        {"Protests", "Excessive force against protesters"},
        {"Riots", "Violent demonstration"},
        {"Riots", "Mob violence"},
        {"Strategic developments", "Agreement"},
        {"Strategic developments", "Arrests"},
        {"Strategic developments", "Change to group/activity"},
        {"Strategic developments", "Disrupted weapons use"},
        {"Strategic developments", "Headquarters or base established"},
        {"Strategic developments", "Looting/property destruction"},
        {"Strategic developments", "Non-violent transfer of territory"},
        {"Strategic developments", "Other"},
    };
    return types;
}

bool is_acled_event_type(const std::string& event_type, const std::string& sub_event_type) {
    for (const auto& t : acled_event_types()) {
        if (event_type == t.event_type &&
            (sub_event_type.empty() || sub_event_type == t.sub_event_type)) {
            return true;
        }
    }
    return false;
}

} // namespace conflictmap
