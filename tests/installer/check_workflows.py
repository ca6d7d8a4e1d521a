#!/usr/bin/env python3
"""Checks the Windows and macOS workflows (.github/workflows), which cannot
run here, for what can go stale without anyone noticing: each is valid YAML
with the jobs and steps GitHub expects; every file they name exists; every
-DOPTION they pass is an option or cache variable the CMake files define (or
a known CMake/vcpkg one); and the tests they select exist in this build.

    check_workflows.py BUILD_DIR SOURCE_DIR
"""
import pathlib
import re
import subprocess
import sys

import yaml

KNOWN_OPTIONS = {"CMAKE_BUILD_TYPE", "CMAKE_TOOLCHAIN_FILE", "CMAKE_PREFIX_PATH", "VCPKG_TARGET_TRIPLET",
                 "X_VCPKG_APPLOCAL_DEPS_INSTALL"}


def main():
    build = pathlib.Path(sys.argv[1]).resolve()
    source = pathlib.Path(sys.argv[2]).resolve()
    failures = []

    def check(condition, text):
        if not condition:
            failures.append(text)
            print(f"FAIL: {text}")

    cmake_text = "\n".join(p.read_text() for p in source.rglob("CMakeLists.txt") if "build" not in p.parts[len(source.parts):][:1])
    cmake_text += "\n".join(p.read_text() for p in (source / "cmake").glob("*.cmake"))
    defined = set(re.findall(r"option\((\w+)", cmake_text))
    tests = subprocess.run(["ctest", "-N"], cwd=build, capture_output=True, text=True).stdout
    test_names = re.findall(r"Test\s+#\d+: (\S+)", tests)

    for name in ("windows.yml", "macos.yml"):
        path = source / ".github" / "workflows" / name
        workflow = yaml.safe_load(path.read_text())
        # YAML 1.1 reads the key "on" as True.
        check(isinstance(workflow, dict) and (True in workflow or "on" in workflow), f"{name}: no 'on' triggers")
        jobs = workflow.get("jobs", {})
        check(len(jobs) == 1, f"{name}: expected one job")
        for job_name, job in jobs.items():
            check("runs-on" in job, f"{name}: job {job_name} has no runs-on")
            steps = job.get("steps", [])
            check(steps and steps[0].get("uses", "").startswith("actions/checkout@"), f"{name}: the first step is not a checkout")
            text = "\n".join(str(step.get("run", "")) + str(step.get("with", "")) for step in steps)
            for option in set(re.findall(r"-D(\w+)=", text)):
                check(option in defined or option in KNOWN_OPTIONS, f"{name}: -D{option} is not defined by Revaer's CMake files")
            for file in re.findall(r"(installer[\\/][\w\\/.-]+|vcpkg\.json|CMakeLists\.txt)", text):
                check((source / file.replace("\\", "/")).exists(), f"{name}: names {file}, which does not exist")
            for pattern in re.findall(r"ctest [^\n]*-R ['\"]?([^'\"\s]+)", text):
                chosen = [t for t in test_names if re.search(pattern, t)]
                check(chosen, f"{name}: ctest -R {pattern} selects no test")
            check("upload-artifact" in str(steps), f"{name}: no artifact is uploaded")
        print(f"ok: {name}" if not failures else f"checked {name}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
