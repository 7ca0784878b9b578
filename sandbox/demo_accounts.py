"""Demo sign-ins created by `manage.py seed_demo` and printed by `make run` (no Django imports here)."""

DEMO_PASSWORD = "sandbox-demo-2567"

# (username, role, scope shown to the person starting the portal)
DEMO_ACCOUNTS = [
    ("sbn.admin", "sbn_admin", "nation"),
    ("sbn.viewer", "sbn_viewer", "nation"),
    ("buriram.officer", "province_officer", "Buriram"),
    ("satun.officer", "province_officer", "Satun"),
    ("buriram.esa1", "agency_supervisor", "สพป.บุรีรัมย์ เขต 1"),
    ("buriram.director", "school_director", "first Buriram pilot school"),
    ("buriram.staff", "school_staff", "first Buriram pilot school"),
]


def describe():
    lines = [f"Demo logins (password for all: {DEMO_PASSWORD})"]
    lines += [f"  {role:<18} {username:<18} {scope}" for username, role, scope in DEMO_ACCOUNTS]
    return "\n".join(lines)
