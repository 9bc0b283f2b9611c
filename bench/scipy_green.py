"""scipy.optimize.linprog(method="highs"), one call per linear programme: the
green-productivity models of npm run bench's section 6 (bench/green.ts),
written from the math, on the same data.

Request on stdin:
  {"dir": folder, "n": units, "units": U, "years": T, "only": [job, ...]}
with in the folder (float64, row-major):
  cross-x.f64 (n×3 capital, labour, energy), cross-y.f64 (n×1 GDP),
  cross-b.f64 (n×2 CO2, SO2): the cross-section;
  panel-x.f64, panel-y.f64, panel-b.f64: the long panel, U×T rows, unit by
  unit and year by year within a unit.
Jobs: "sbm-super" (SBM_EFFICIENCY super TRUE with the bad outputs, non-oriented,
CRS), "gml-sbm" and "gml-ddf" (MALMQUIST_LUENBERGER frontier "global", model
"sbm" or "ddf", CRS, weak disposability), "super-vrs" (DEA_SUPER_EFFICIENCY vrs,
input orientation, GDP the output).
Prints {"scipy", "numpy", "timings": {job: s}, "lps": {job: count},
"results": {job: [...]}}: ρ per unit for "sbm-super", θ per unit (null where
the LP is infeasible) for "super-vrs", and ML, EC, TC row by row (unit by unit,
pair of years by pair of years) for the GML jobs. Timings cover the whole job
(the LPs and the arithmetic around them), data loaded beforehand.

Every data column is divided by its largest value over the data in play (the
cross-section, or all rows of the panel) before the LPs, as the add-in does:
the models are invariant to it, and it keeps the LPs of order 1.

SBM (Tone 2001) with bad outputs (Tone 2003), Charnes-Cooper form, CRS,
unit o in the reference set; m inputs, s good and k bad outputs:
  min t − (1/m) Σ S⁻_i/x_io
  s.t. t + (1/(s+k)) (Σ Sᵍ_r/y_ro + Σ Sᵇ_q/b_qo) = 1
       Σ Λ_j x_j + S⁻ = t x_o,  Σ Λ_j y_j − Sᵍ = t y_o,  Σ Λ_j b_j + Sᵇ = t b_o
       t, Λ, S ≥ 0                                              ρ = objective
Super-SBM (Tone 2002), only for the units with ρ = 1 (to 1e-9), unit o left out:
  min t + (1/m) Σ S⁻_i/x_io
  s.t. t − (1/(s+k)) (Σ S⁺_r/y_ro + Σ Sᵇ_q/b_qo) = 1
       Σ Λ_j x_j − S⁻ ≤ t x_o,  Σ Λ_j y_j + S⁺ ≥ t y_o,  Σ Λ_j b_j − Sᵇ ≤ t b_o
       t, Λ, S ≥ 0                                              ρ* = objective
DDF (Chung, Färe & Grosskopf 1997), g = (0, y, b), weak disposability, CRS:
  max β  s.t. Σ λ_j x_j ≤ x_o,  Σ λ_j y_j ≥ (1 + β) y_o,  Σ λ_j b_j = (1 − β) b_o,
       λ ≥ 0, β free                                            P = 1/(1 + β)
GML (Oh 2010): P^G of every unit-year against the pooled frontier of all rows
(itself included), P^t against its own year's frontier (itself included):
  GML = P^G(t+1)/P^G(t),  EC = P^{t+1}(t+1)/P^t(t),  TC = GML/EC
with P the SBM ρ (model "sbm") or 1/(1 + β) (model "ddf").
Radial super-efficiency (Andersen & Petersen 1993), input orientation, VRS:
  min θ  s.t. Σ_{j≠o} λ_j x_j ≤ θ x_o,  Σ_{j≠o} λ_j y_j ≥ y_o,  Σ_{j≠o} λ_j = 1
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy.optimize import linprog


def scaled(*cols):
    """Each column divided by its largest value."""
    return [c / c.max(axis=0) for c in cols]


class Counter:
    lps = 0


def solve(c, **kw):
    Counter.lps += 1
    return linprog(c, method="highs", **kw)


def sbm(x, y, b, o_data, include_self=True):
    """Non-oriented CRS SBM ρ of the point o_data = (x_o, y_o, b_o) against the set (x, y, b)."""
    xo, yo, bo = o_data
    n, m = x.shape
    s, k = y.shape[1], b.shape[1]
    d = m + s + k
    # variables: t, Λ_1..Λ_n, S⁻ (m), Sᵍ (s), Sᵇ (k)
    nv = 1 + n + d
    c = np.zeros(nv)
    c[0] = 1.0
    c[1 + n : 1 + n + m] = -1.0 / (m * xo)
    a = np.zeros((1 + d, nv))
    a[0, 0] = 1.0
    a[0, 1 + n + m : 1 + n + m + s] = 1.0 / ((s + k) * yo)
    a[0, 1 + n + m + s :] = 1.0 / ((s + k) * bo)
    a[1 : 1 + m, 0] = -xo
    a[1 : 1 + m, 1 : 1 + n] = x.T
    a[1 : 1 + m, 1 + n : 1 + n + m] = np.eye(m)
    a[1 + m : 1 + m + s, 0] = -yo
    a[1 + m : 1 + m + s, 1 : 1 + n] = y.T
    a[1 + m : 1 + m + s, 1 + n + m : 1 + n + m + s] = -np.eye(s)
    a[1 + m + s :, 0] = -bo
    a[1 + m + s :, 1 : 1 + n] = b.T
    a[1 + m + s :, 1 + n + m + s :] = np.eye(k)
    beq = np.zeros(1 + d)
    beq[0] = 1.0
    r = solve(c, A_eq=a, b_eq=beq, bounds=(0, None))
    return r.fun if r.status == 0 else np.nan


def super_sbm(x, y, b, o):
    """Non-oriented CRS super-SBM ρ* of unit o of the set, o left out."""
    xo, yo, bo = x[o], y[o], b[o]
    n, m = x.shape
    s, k = y.shape[1], b.shape[1]
    d = m + s + k
    nv = 1 + n + d
    c = np.zeros(nv)
    c[0] = 1.0
    c[1 + n : 1 + n + m] = 1.0 / (m * xo)
    aeq = np.zeros((1, nv))
    aeq[0, 0] = 1.0
    aeq[0, 1 + n + m : 1 + n + m + s] = -1.0 / ((s + k) * yo)
    aeq[0, 1 + n + m + s :] = -1.0 / ((s + k) * bo)
    aub = np.zeros((d, nv))
    aub[:m, 0] = -xo  # Σ Λ x − S⁻ − t x_o ≤ 0
    aub[:m, 1 : 1 + n] = x.T
    aub[:m, 1 + n : 1 + n + m] = -np.eye(m)
    aub[m : m + s, 0] = yo  # −Σ Λ y − S⁺ + t y_o ≤ 0
    aub[m : m + s, 1 : 1 + n] = -y.T
    aub[m : m + s, 1 + n + m : 1 + n + m + s] = -np.eye(s)
    aub[m + s :, 0] = -bo  # Σ Λ b − Sᵇ − t b_o ≤ 0
    aub[m + s :, 1 : 1 + n] = b.T
    aub[m + s :, 1 + n + m + s :] = -np.eye(k)
    bounds = [(0, None)] * nv
    bounds[1 + o] = (0, 0)
    r = solve(c, A_ub=aub, b_ub=np.zeros(d), A_eq=aeq, b_eq=[1.0], bounds=bounds)
    return r.fun if r.status == 0 else np.nan


def ddf(x, y, b, o_data):
    """Weak-disposability CRS DDF β, direction (0, y_o, b_o), of the point o_data against the set."""
    xo, yo, bo = o_data
    n, m = x.shape
    s, k = y.shape[1], b.shape[1]
    c = np.zeros(1 + n)
    c[0] = -1.0  # max β
    aub = np.zeros((m + s, 1 + n))
    aub[:m, 1:] = x.T  # Σ λ x ≤ x_o
    aub[m:, 0] = yo  # −Σ λ y + β y_o ≤ −y_o
    aub[m:, 1:] = -y.T
    aeq = np.zeros((k, 1 + n))
    aeq[:, 0] = bo  # Σ λ b + β b_o = b_o
    aeq[:, 1:] = b.T
    bounds = [(None, None)] + [(0, None)] * n
    r = solve(c, A_ub=aub, b_ub=np.concatenate([xo, -yo]), A_eq=aeq, b_eq=bo, bounds=bounds)
    return -r.fun if r.status == 0 else np.nan


def radial_super_vrs(x, y, o):
    """Input-oriented VRS Andersen-Petersen θ of unit o, o left out (NaN: infeasible)."""
    n, m = x.shape
    s = y.shape[1]
    c = np.zeros(1 + n)
    c[0] = 1.0
    aub = np.zeros((m + s, 1 + n))
    aub[:m, 0] = -x[o]
    aub[:m, 1:] = x.T
    aub[m:, 1:] = -y.T
    aeq = np.zeros((1, 1 + n))
    aeq[0, 1:] = 1.0
    bounds = [(None, None)] + [(0, None)] * n
    bounds[1 + o] = (0, 0)
    r = solve(c, A_ub=aub, b_ub=np.concatenate([np.zeros(m), -y[o]]), A_eq=aeq, b_eq=[1.0], bounds=bounds)
    return r.fun if r.status == 0 else np.nan


def sbm_super_job(x, y, b):
    x, y, b = scaled(x, y, b)
    n = x.shape[0]
    rho = np.array([sbm(x, y, b, (x[o], y[o], b[o])) for o in range(n)])
    for o in np.flatnonzero(np.abs(rho - 1) < 1e-9):
        rho[o] = super_sbm(x, y, b, o)
    return rho


def super_vrs_job(x, y):
    x, y = scaled(x, y)
    return np.array([radial_super_vrs(x, y, o) for o in range(x.shape[0])])


def gml_job(x, y, b, units, years, model):
    x, y, b = scaled(x, y, b)
    score = (lambda *a: sbm(*a)) if model == "sbm" else (lambda *a: 1.0 / (1.0 + ddf(*a)))
    rows = np.arange(units * years).reshape(units, years)  # rows[u, t]: the row of unit u in year t
    pg = np.array([score(x, y, b, (x[r], y[r], b[r])) for r in range(units * years)]).reshape(units, years)
    pt = np.empty((units, years))
    for t in range(years):
        yr = rows[:, t]
        xt, yt, bt = x[yr], y[yr], b[yr]
        for u in range(units):
            pt[u, t] = score(xt, yt, bt, (xt[u], yt[u], bt[u]))
    ml = pg[:, 1:] / pg[:, :-1]
    ec = pt[:, 1:] / pt[:, :-1]
    tc = ml / ec
    return np.stack([ml, ec, tc], axis=2).reshape(-1, 3)


def main():
    req = json.load(sys.stdin)
    d = req["dir"]
    only = req.get("only")
    load = lambda name, w: np.fromfile(f"{d}/{name}.f64").reshape(-1, w)
    jobs = {}
    if req.get("n"):
        cx, cy, cb = load("cross-x", 3), load("cross-y", 1), load("cross-b", 2)
        jobs["sbm-super"] = lambda: sbm_super_job(cx, cy, cb)
        jobs["super-vrs"] = lambda: super_vrs_job(cx, cy)
    if req.get("units"):
        px, py, pb = load("panel-x", 3), load("panel-y", 1), load("panel-b", 2)
        U, T = req["units"], req["years"]
        jobs["gml-sbm"] = lambda: gml_job(px, py, pb, U, T, "sbm")
        jobs["gml-ddf"] = lambda: gml_job(px, py, pb, U, T, "ddf")
    timings, lps, results = {}, {}, {}
    for name, fn in jobs.items():
        if only is not None and name not in only:
            continue
        Counter.lps = 0
        t0 = time.perf_counter()
        out = fn()
        timings[name] = time.perf_counter() - t0
        lps[name] = Counter.lps
        results[name] = [None if not np.isfinite(v) else float(v) for v in np.ravel(out)]
    print(json.dumps({"scipy": scipy.__version__, "numpy": np.__version__, "timings": timings, "lps": lps, "results": results}))


if __name__ == "__main__":
    main()
