"""Shared helpers for the end-to-end tests: drive the real `entente` binary
under X with real pointer and keyboard events (xdotool) and read the window's
test report (ENTENTE_TEST_REPORT) to know where things are on screen."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

SOURCE_DIR = os.environ.get("ENTENTE_SOURCE_DIR",
                            os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
BUILD_DIR = os.environ.get("ENTENTE_BUILD_DIR", os.path.join(SOURCE_DIR, "build"))
BIN = os.environ.get("ENTENTE_BIN", os.path.join(BUILD_DIR, "app", "entente"))
ARTEFACTS = os.path.join(BUILD_DIR, "tests", "artefacts")


FAILED = False


def fail(msg):
    global FAILED
    FAILED = True
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def need(*programs):
    for p in programs:
        if shutil.which(p) is None:
            print(f"SKIP: {p} is not installed (make deps)")
            sys.exit(77)


class Display:
    """The test run's X display, or our own Xvfb when there is none."""

    def __init__(self, width=1280, height=1024):
        self.proc = None
        if os.environ.get("DISPLAY"):
            return
        need("Xvfb")
        for n in range(90, 130):
            if not os.path.exists(f"/tmp/.X{n}-lock"):
                break
        self.proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.environ["DISPLAY"] = f":{n}"
        for _ in range(100):
            if subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True).returncode == 0:
                return
            time.sleep(0.1)
        fail("Xvfb did not start")

    def close(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait()


class App:
    def __init__(self, *files, workdir=None):
        need("xdotool", "import")
        self.display = Display()
        self.workdir = workdir or tempfile.mkdtemp(prefix="entente-e2e-")
        self.report_path = os.path.join(self.workdir, "report.json")
        env = dict(os.environ)
        env["ENTENTE_TEST_REPORT"] = self.report_path
        env.setdefault("GSK_RENDERER", "cairo")
        env.setdefault("GTK_A11Y", "none")
        env.setdefault("NO_AT_BRIDGE", "1")
        env.setdefault("GSETTINGS_BACKEND", "memory")
        self.log = open(os.path.join(self.workdir, "entente.log"), "w")
        self.proc = subprocess.Popen([BIN, *files], env=env, stdout=self.log, stderr=subprocess.STDOUT)
        out = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Entente"],
                             capture_output=True, text=True, timeout=60)
        ids = out.stdout.split()
        if not ids:
            fail("no Entente window appeared")
        self.window = ids[0]
        self.last_serial = 0

    # -- the report ------------------------------------------------------
    def report(self):
        try:
            with open(self.report_path) as f:
                return json.load(f)
        except (OSError, ValueError):
            return None

    def wait(self, predicate, what, timeout=60):
        deadline = time.time() + timeout
        r = None
        while time.time() < deadline:
            if self.proc.poll() is not None:
                fail(f"entente exited with {self.proc.returncode} while waiting for {what}")
            r = self.report()
            if r is not None:
                try:
                    if predicate(r):
                        return r
                except (KeyError, IndexError, TypeError):
                    pass
            time.sleep(0.1)
        self.screenshot("timeout")
        fail(f"timed out waiting for {what}; last report: {json.dumps(r)[:2000] if r else None}")

    def wait_map(self):
        return self.wait(lambda r: r["state"] == "map" and not r["busy"] and r["relation_points"],
                         "the map with its links on screen")

    def settle(self, timeout=10):
        """Waits until the report stops changing (animations over)."""
        last = None
        stable_since = time.time()
        deadline = time.time() + timeout
        while time.time() < deadline:
            r = self.report()
            s = r and r.get("serial")
            if s != last:
                last = s
                stable_since = time.time()
            elif time.time() - stable_since > 0.8:
                return r
            time.sleep(0.1)
        return self.report()

    # -- input -----------------------------------------------------------
    def click(self, x, y, button=1):
        """(x, y): logical pixels in the window, as the report gives them."""
        r = self.report() or {}
        s = r.get("scale_factor", 1)
        x, y = x * s, y * s
        subprocess.run(["xdotool", "mousemove", "--window", self.window, str(int(round(x))), str(int(round(y))),
                        "click", str(button)], check=True)

    def key(self, *keys):
        subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)

    def type(self, text):
        subprocess.run(["xdotool", "type", "--delay", "30", text], check=True)

    def activate(self):
        subprocess.run(["xdotool", "windowactivate", "--sync", self.window], capture_output=True)
        subprocess.run(["xdotool", "windowfocus", "--sync", self.window], capture_output=True)

    def find_window(self, name, timeout=20):
        out = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", name],
                             capture_output=True, text=True, timeout=timeout)
        ids = out.stdout.split()
        return ids[0] if ids else None

    # -- artefacts -------------------------------------------------------
    def screenshot(self, name):
        os.makedirs(ARTEFACTS, exist_ok=True)
        path = os.path.join(ARTEFACTS, f"e2e-{name}.png")
        subprocess.run(["import", "-window", "root", path], capture_output=True)
        return path

    def close(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()
        self.display.close()
        # The test's folder (report, log, exports) is kept only when the
        # test failed, to read the log; a passing run leaves nothing behind.
        if FAILED or os.environ.get("ENTENTE_E2E_KEEP"):
            print(f"kept {self.workdir}", file=sys.stderr)
        else:
            shutil.rmtree(self.workdir, ignore_errors=True)


def fixture(name, workdir):
    """Copies a fixture into the test's own folder (exports land beside it)."""
    src = os.path.join(SOURCE_DIR, "tests", "fixtures", "gui", name)
    dst = os.path.join(workdir, name)
    shutil.copy(src, dst)
    return dst


def extract(path):
    """What the command line finds in the same article: the independent reference."""
    out = subprocess.run([BIN, "extract", path], capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        fail(f"entente extract {path} failed: {out.stderr}")
    return json.loads(out.stdout)
