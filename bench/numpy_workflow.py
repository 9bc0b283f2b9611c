"""numpy/scipy doing what PCA_SCORE, CORRELATION_MATRIX and TREAT_OUTLIERS do,
on the same data, for npm run bench's section 7 (bench/workflow.ts).

Request on stdin: {"dir": folder, "reps": r, "cases": [{"file": name, "n": rows,
"m": columns, "jobs": [key, ...]}, ...]} with each case's data in the folder
(float64, row-major n×m). The keys:

  pca-score      standardise (sample sd, ddof=1), R = Z'Z / (n − 1), np.linalg.eigh,
                 each eigenvector signed so that its largest-magnitude entry is
                 positive, Kaiser's λ > 1, F = Z u with u = Σ_k (λ_k / Σλ) v_k
  pca-loadings   the same up to the kept eigenvectors (m×k, no projection)
  corr-pearson   np.corrcoef(X, rowvar=False)
  corr-spearman  scipy.stats.rankdata(X, axis=0) (average ranks), then np.corrcoef
  treat          COINr's Treat (winsorise, then log_CT, judged by check_SkewKurt),
                 column by column, as src/core/composite-workflow/treat-outliers.ts
                 describes it: the treated data

Each result is written to <key>-<n>.f64 in the folder (row-major) for the
benchmark to check against the add-in; prints {"numpy": …, "scipy": …,
"timings": {"<key>-<n>": seconds}, "treated": {"<n>": [winsorised columns, logged columns]}}.
Timings are medians of `reps` runs of the computation alone (data loaded), on
one BLAS thread.
"""
import json
import os
import sys
import time

# One BLAS thread, as the add-in has one: on a shared machine OpenBLAS's threads wait on each other
# (10,000 × 50 corrcoef: 2–400 ms with two threads, 1.7 ms steadily with one).
os.environ["OPENBLAS_NUM_THREADS"] = "1"

import numpy as np
import scipy
from scipy import stats

EIGEN_TOLERANCE = 1e-10
SIGN_TIE = 1e-9


def pca(x, project):
    n, m = x.shape
    z = (x - x.mean(axis=0)) / x.std(axis=0, ddof=1)
    r = z.T @ z / (n - 1)
    values, vectors = np.linalg.eigh(r)
    values = values[::-1]
    vectors = vectors[:, ::-1]
    # The sign rule: the first entry of (nearly) the largest magnitude is positive.
    mag = np.abs(vectors)
    lead = np.argmax(mag >= mag.max(axis=0) - SIGN_TIE, axis=0)
    vectors = vectors * np.sign(vectors[lead, np.arange(m)])
    k = int(np.sum(values > 1 + EIGEN_TOLERANCE * m))
    if not project:
        return vectors[:, :k]
    u = vectors[:, :k] @ (values[:k] / values[:k].sum())
    return z @ u


def spearman(x):
    return np.corrcoef(stats.rankdata(x, axis=0), rowvar=False)


def moments(x):
    """e1071's type-2 skewness and excess kurtosis (NaN where undefined)."""
    n = x.size
    if n < 3 or x.min() == x.max():
        return np.nan, np.nan
    d = x - x.mean()
    d2 = d * d
    s2 = d2.sum()
    s3 = (d2 * d).sum()
    s4 = (d2 * d2).sum()
    skew = np.sqrt(n) * s3 / s2**1.5 * np.sqrt(n * (n - 1)) / (n - 2)
    if n < 4:
        return skew, np.nan
    r = n * s4 / (s2 * s2)
    return skew, ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))


def passes(skew, kurt, skew_limit, kurt_limit):
    """check_SkewKurt with R's NA: True, False or None."""
    a = None if np.isnan(skew) else bool(abs(skew) < skew_limit)
    b = None if np.isnan(kurt) else bool(kurt < kurt_limit)
    if a is True or b is True:
        return True
    if a is None or b is None:
        return None
    return False


def treat_column(x, skew_limit=2.0, kurt_limit=3.5, max_points=5):
    """(treated column, 'w' / 'log' / '')."""
    skew, kurt = moments(x)
    ok = passes(skew, kurt, skew_limit, kurt_limit)
    if ok is not False:
        return x, ""
    w = x.copy()
    high = low = count = 0
    while ok is False and count < max_points:
        up = skew >= 0
        extreme = w.max() if up else w.min()
        at = w == extreme
        tied = int(at.sum())
        if tied == w.size:
            return x, ""
        w[at] = w[~at].max() if up else w[~at].min()
        if up:
            high = tied
        else:
            low = tied
        count = high + low
        skew, kurt = moments(w)
        ok = passes(skew, kurt, skew_limit, kurt_limit)
        if ok is None:
            return x, ""
    if ok:
        return w, "w"
    lo, hi = x.min(), x.max()
    return np.log(x - lo + 0.01 * (hi - lo)), "log"


def treat(x):
    out = np.empty_like(x)
    how = []
    for j in range(x.shape[1]):
        out[:, j], h = treat_column(x[:, j])
        how.append(h)
    return out, how


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
    d, reps = req["dir"], req["reps"]
    timings = {}
    treated = {}
    for case in req["cases"]:
        n, m = case["n"], case["m"]
        x = np.fromfile(f"{d}/{case['file']}").reshape(n, m)
        jobs = {
            "pca-score": lambda: pca(x, True),
            "pca-loadings": lambda: pca(x, False),
            "corr-pearson": lambda: np.corrcoef(x, rowvar=False),
            "corr-spearman": lambda: spearman(x),
            "treat": lambda: treat(x),
        }
        for key in case["jobs"]:
            result, seconds = timed(jobs[key], reps)
            if key == "treat":
                result, how = result
                treated[str(n)] = [how.count("w"), how.count("log")]
            np.ascontiguousarray(result, dtype=np.float64).tofile(f"{d}/{key}-{n}.f64")
            timings[f"{key}-{n}"] = seconds
    print(json.dumps({"numpy": np.__version__, "scipy": scipy.__version__, "timings": timings, "treated": treated}))


if __name__ == "__main__":
    main()
