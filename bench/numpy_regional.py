"""numpy/scipy doing what the regional functions do, on the same data, for
npm run bench's regional section (bench/regional.ts).

Request on stdin: {"dir": folder, "n": units, "t": periods, "groups": g, "reps": r}
with in the folder (float64, row-major): values.f64 (n×t, unit by unit),
groups.f64 (n, group index 0…g−1), coords.f64 (n×2, latitude and longitude).
Each computation follows the catalogue's defaults (see bench/regional.ts) and
writes its key results to <name>.f64 in the folder, for the benchmark to check
against the add-in; prints {"numpy": …, "scipy": …, "timings": {name: s}}.
Timings are medians of `reps` runs of the computation alone (data loaded).
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy import stats


def dagum(values, groups, g):
    """Dagum decomposition per period (summary): G, Gw, Gnb, Gt; pair sums by sorting."""
    t = values.shape[1]
    out = np.empty((t, 4))
    for p in range(t):
        y = values[:, p]
        n = y.size
        mu = y.mean()
        members = [np.sort(y[groups == j]) for j in range(g)]
        sizes = np.array([m.size for m in members], dtype=float)
        means = np.array([m.mean() for m in members])
        prefix = [np.concatenate(([0.0], np.cumsum(m))) for m in members]

        def pair_sum(a, b):
            # Σ_i Σ_r max(a_i − b_r, 0) with b sorted: for each a_i, the b_r below it
            k = np.searchsorted(members[b], members[a], side="left")
            return float(np.sum(members[a] * k - prefix[b][k]))

        total = 0.0
        gw = 0.0
        gnb = 0.0
        gt = 0.0
        pj = sizes / n
        sj = sizes * means / (n * mu)
        for j in range(g):
            within = 2 * pair_sum(j, j)
            gw += within / (2 * sizes[j] ** 2 * means[j]) * pj[j] * sj[j]
            total += within
            for h in range(j):
                up = pair_sum(j, h)
                down = pair_sum(h, j)
                total += 2 * (up + down)
                gjh = (up + down) / (sizes[j] * sizes[h] * (means[j] + means[h]))
                d, q = (up, down) if means[j] >= means[h] else (down, up)
                djh = (d - q) / (d + q)
                share = pj[j] * sj[h] + pj[h] * sj[j]
                gnb += gjh * share * djh
                gt += gjh * share * (1 - djh)
        out[p] = [total / (2 * n * n * mu), gw, gnb, gt]
    return out


def kde(values, points=100):
    """Gaussian kernel density per period, R's bw.nrd0 bandwidth, one common grid."""
    n = values.shape[0]
    sd = values.std(axis=0, ddof=1)
    q75, q25 = np.percentile(values, [75, 25], axis=0)
    h = 0.9 * np.minimum(sd, (q75 - q25) / 1.34) * n ** -0.2
    hmax = h.max()
    grid = np.linspace(values.min() - 3 * hmax, values.max() + 3 * hmax, points)
    out = np.empty((points, values.shape[1] + 1))
    out[:, 0] = grid
    for p in range(values.shape[1]):
        u = (grid[:, None] - values[None, :, p]) / h[p]
        out[:, p + 1] = np.exp(-0.5 * u * u).sum(axis=1) / (n * h[p] * np.sqrt(2 * np.pi))
    return out


def inverse_distance(coords):
    """Row-standardised 1/d weights, d the great-circle distance (km, R = 6,371)."""
    lat = np.radians(coords[:, 0])
    lon = np.radians(coords[:, 1])
    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    a = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    d = 2 * 6371.0 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
    np.fill_diagonal(d, np.inf)
    w = 1.0 / d
    return w / w.sum(axis=1, keepdims=True)


def moran(values, coords):
    """Global Moran's I of each period under randomisation: I, E[I], Var[I], z, p."""
    w = inverse_distance(coords)
    n = w.shape[0]
    s0 = w.sum()
    s1 = 0.5 * ((w + w.T) ** 2).sum()
    s2 = ((w.sum(axis=1) + w.sum(axis=0)) ** 2).sum()
    z = values - values.mean(axis=0)
    zz = (z * z).sum(axis=0)
    i = n / s0 * (z * (w @ z)).sum(axis=0) / zz
    ei = -1 / (n - 1)
    b2 = n * (z ** 4).sum(axis=0) / zz ** 2
    v = (n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s0 * s0) - b2 * ((n * n - n) * s1 - 2 * n * s2 + 6 * s0 * s0)) / (
        (n - 1) * (n - 2) * (n - 3) * s0 * s0
    ) - ei * ei
    zs = (i - ei) / np.sqrt(v)
    return np.column_stack([i, np.full_like(i, ei), v, zs, 2 * stats.norm.sf(np.abs(zs))])


def geary(values, coords):
    """Geary's C of each period: C (the statistic alone; its moments follow the same sums)."""
    w = inverse_distance(coords)
    n = w.shape[0]
    s0 = w.sum()
    z = values - values.mean(axis=0)
    zz = (z * z).sum(axis=0)
    y = values
    # Σ_ij w_ij (y_i − y_j)² = Σ_i y_i² (w_i· + w_·i) − 2 Σ_ij w_ij y_i y_j
    rs = w.sum(axis=1)
    cs = w.sum(axis=0)
    num = (y * y * (rs + cs)[:, None]).sum(axis=0) - 2 * (y * (w @ y)).sum(axis=0)
    return ((n - 1) * num / (2 * s0 * zz))[:, None]


def local_moran(y, coords):
    """Local Moran's I_i (m2 = Σz²/(n − 1)) and the spatial lag of z."""
    w = inverse_distance(coords)
    n = y.size
    z = y - y.mean()
    m2 = (z * z).sum() / (n - 1)
    lag = w @ z
    return np.column_stack([z * lag / m2, lag])


def sigma(values):
    """Per period: n, mean, sd (n − 1), cv, sd of log."""
    n = values.shape[0]
    m = values.mean(axis=0)
    sd = values.std(axis=0, ddof=1)
    return np.column_stack([np.full_like(m, n), m, sd, sd / m, np.log(values).std(axis=0, ddof=1)])


def beta(initial, final, years):
    """OLS of ln(final/initial)/years on ln(initial): estimates, standard errors, R²."""
    g = np.log(final / initial) / years
    x = np.column_stack([np.ones_like(initial), np.log(initial)])
    coef, *_ = np.linalg.lstsq(x, g, rcond=None)
    resid = g - x @ coef
    n, k = x.shape
    s2 = resid @ resid / (n - k)
    se = np.sqrt(np.diag(s2 * np.linalg.inv(x.T @ x)))
    r2 = 1 - resid @ resid / ((g - g.mean()) @ (g - g.mean()))
    return np.array([coef[0], coef[1], se[0], se[1], r2])


def beta_panel(values):
    """Two-way fixed effects (balanced): ln(y_t+1/y_t) on ln y_t, within transformation; β and its SE."""
    ly = np.log(values)
    g = ly[:, 1:] - ly[:, :-1]
    x = ly[:, :-1]
    n, t = g.shape

    def within(a):
        return a - a.mean(axis=1, keepdims=True) - a.mean(axis=0, keepdims=True) + a.mean()

    gd = within(g).ravel()
    xd = within(x).ravel()
    b = (xd @ gd) / (xd @ xd)
    resid = gd - b * xd
    dof = n * t - 1 - (n - 1) - (t - 1) - 1
    se = np.sqrt(resid @ resid / dof / (xd @ xd))
    return np.array([b, se])


def markov(values, k=4):
    """Per-period quantile classes (PERCENTILE.INC, upper-inclusive), pooled transition counts and probabilities."""
    n, t = values.shape
    cls = np.empty((n, t), dtype=np.int64)
    for p in range(t):
        cuts = np.percentile(values[:, p], np.arange(1, k) * 100 / k)
        cls[:, p] = np.searchsorted(cuts, values[:, p], side="left")
    counts = np.zeros((k, k))
    np.add.at(counts, (cls[:, :-1].ravel(), cls[:, 1:].ravel()), 1)
    rows = counts.sum(axis=1, keepdims=True)
    return np.column_stack([rows[:, 0], np.divide(counts, rows, out=np.zeros_like(counts), where=rows > 0)])


def timed(fn, reps):
    times = []
    result = None
    for _ in range(reps):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return result, float(np.median(times))


def main():
    req = json.load(sys.stdin)
    d, n, t, g, reps = req["dir"], req["n"], req["t"], req["groups"], req["reps"]
    values = np.fromfile(f"{d}/values.f64").reshape(n, t)
    groups = np.fromfile(f"{d}/groups.f64").astype(np.int64)
    coords = np.fromfile(f"{d}/coords.f64").reshape(n, 2)
    jobs = {
        "DAGUM_GINI": lambda: dagum(values, groups, g),
        "KERNEL_DENSITY": lambda: kde(values),
        "MORAN_I": lambda: moran(values, coords),
        "GEARY_C": lambda: geary(values, coords),
        "LOCAL_MORAN": lambda: local_moran(values[:, -1], coords),
        "SIGMA_CONVERGENCE": lambda: sigma(values),
        "BETA_CONVERGENCE": lambda: beta(values[:, 0], values[:, -1], t - 1),
        "BETA_CONVERGENCE_PANEL": lambda: beta_panel(values),
        "MARKOV_TRANSITION": lambda: markov(values),
    }
    timings = {}
    for name, fn in jobs.items():
        if name not in req.get("only", jobs.keys()):
            continue
        result, seconds = timed(fn, reps if name not in ("MORAN_I", "GEARY_C", "LOCAL_MORAN") else max(3, reps // 2))
        np.ascontiguousarray(result, dtype=np.float64).tofile(f"{d}/{name}.f64")
        timings[name] = seconds
    print(json.dumps({"numpy": np.__version__, "scipy": scipy.__version__, "timings": timings}))


if __name__ == "__main__":
    main()
