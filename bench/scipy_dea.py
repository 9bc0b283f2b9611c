"""scipy.optimize.linprog(method="highs") looped per unit: input-oriented CCR
DEA (envelopment form), the baseline of npm run bench's DEA section.
Request on stdin: {"inputs": file, "outputs": file, "n": n, "units": k, "out": file}
solves the first k units (a sample when n is large), writes their
efficiencies to `out`, and prints {"scipy": version, "seconds_per_unit": s}.

  min θ  s.t.  Σ_j λ_j x_ij ≤ θ x_io,  Σ_j λ_j y_rj ≥ y_ro,  λ ≥ 0
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy.optimize import linprog


def main():
    req = json.load(sys.stdin)
    n = req["n"]
    x = np.fromfile(req["inputs"], dtype=np.float64).reshape(n, 3)
    y = np.fromfile(req["outputs"], dtype=np.float64).reshape(n, 2)
    k = req["units"]
    c = np.zeros(n + 1)
    c[0] = 1.0  # variables: θ, λ_1..λ_n
    bounds = [(None, None)] + [(0, None)] * n
    eff = np.empty(k)
    t0 = time.perf_counter()
    for o in range(k):
        a_in = np.hstack([-x[o][:, None], x.T])  # Σ λ x − θ x_o ≤ 0
        a_out = np.hstack([np.zeros((2, 1)), -y.T])  # −Σ λ y ≤ −y_o
        res = linprog(
            c,
            A_ub=np.vstack([a_in, a_out]),
            b_ub=np.concatenate([np.zeros(3), -y[o]]),
            bounds=bounds,
            method="highs",
        )
        eff[o] = res.x[0] if res.status == 0 else np.nan
    elapsed = time.perf_counter() - t0
    eff.tofile(req["out"])
    print(json.dumps({"scipy": scipy.__version__, "seconds_per_unit": elapsed / k}))


if __name__ == "__main__":
    main()
