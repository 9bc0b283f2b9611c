"""numpy doing what the add-in's matrix functions do (min-max by direction,
no blanks), for npm run bench. Reads one request as JSON on stdin:
  {"data": file, "n": n, "m": m, "directions": [...], "weights": [...],
   "reps": k, "out": folder}
times only the computation (median of k runs, after one warm-up), writes each
result to out/NAME.f64 so the benchmark can check it against the add-in, and
prints {"kernel": ..., "numpy": version, "timings": {NAME: seconds}} on stdout.
"""
import ctypes
import glob
import json
import os
import sys
import time

import numpy as np


def openblas_kernel():
    try:
        from threadpoolctl import threadpool_info  # type: ignore

        for info in threadpool_info():
            if info.get("internal_api") == "openblas":
                return f"{info.get('architecture')} ({info.get('num_threads')} threads)"
    except ImportError:
        pass
    here = os.path.dirname(np.__file__)
    for lib in glob.glob(os.path.join(here, "..", "numpy.libs", "*openblas*")):
        try:
            dll = ctypes.CDLL(lib)
        except OSError:
            continue
        for prefix in ("scipy_openblas_", "openblas_"):
            for suffix in ("64_", ""):
                f = getattr(dll, f"{prefix}get_corename{suffix}", None)
                t = getattr(dll, f"{prefix}get_num_threads{suffix}", None)
                if f is not None:
                    f.restype = ctypes.c_char_p
                    return f"{f().decode()} ({t() if t else '?'} threads)"
    return "unknown"


def main():
    req = json.load(sys.stdin)
    n, m = req["n"], req["m"]
    x = np.fromfile(req["data"], dtype=np.float64).reshape(n, m)
    d = np.asarray(req["directions"], dtype=np.float64)
    w0 = np.asarray(req["weights"], dtype=np.float64)
    reps = req["reps"]

    def minmax(x):
        mn = x.min(axis=0)
        mx = x.max(axis=0)
        lo = np.where(d > 0, mn, mx)
        return (x - lo) / ((mx - mn) * d)

    def normalize():
        return minmax(x)

    def entropy_weights():
        z = minmax(x) + 0.0001
        p = z / z.sum(axis=0)
        e = -(p * np.log(p)).sum(axis=0) / np.log(n)
        dv = 1 - np.minimum(e, 1)
        return dv / dv.sum()

    def critic_weights():
        z = minmax(x)
        s = z.std(axis=0, ddof=1)
        r = np.corrcoef(z, rowvar=False)
        c = s * (1 - r).sum(axis=0)
        return c / c.sum()

    def composite_score():
        w = w0 / w0.sum()
        return minmax(x) @ w

    def topsis():
        w = w0 / w0.sum()
        v = minmax(x) * w
        ideal = v.max(axis=0)
        anti = v.min(axis=0)
        sp = np.sqrt(((v - ideal) ** 2).sum(axis=1))
        sm = np.sqrt(((v - anti) ** 2).sum(axis=1))
        return sm / (sp + sm)

    def obstacle_degree():
        w = w0 / w0.sum()
        g = w * (1 - minmax(x))
        return g / g.sum(axis=1, keepdims=True)

    funcs = {
        "NORMALIZE": normalize,
        "ENTROPY_WEIGHTS": entropy_weights,
        "CRITIC_WEIGHTS": critic_weights,
        "COMPOSITE_SCORE": composite_score,
        "TOPSIS": topsis,
        "OBSTACLE_DEGREE": obstacle_degree,
    }
    timings = {}
    for name, f in funcs.items():
        result = f()  # warm-up, and the result to check
        np.ascontiguousarray(result, dtype=np.float64).tofile(os.path.join(req["out"], f"{name}.f64"))
        times = []
        for _ in range(reps):
            t0 = time.perf_counter()
            f()
            times.append(time.perf_counter() - t0)
        timings[name] = float(np.median(times))
    print(json.dumps({"kernel": openblas_kernel(), "numpy": np.__version__, "timings": timings}))


if __name__ == "__main__":
    main()
