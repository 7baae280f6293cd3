"""The number of primes up to n, by the sieve of Eratosthenes over a list of bools: list
indexing, range with a step, one pass that counts and strikes out."""


def count_primes(n: int) -> int:
    if n < 2:
        return 0
    composite = [False] * (n + 1)
    count = 0
    for i in range(2, n + 1):
        if composite[i]:
            continue
        count += 1
        if i * i <= n:
            for multiple in range(i * i, n + 1, i):
                composite[multiple] = True
    return count


ARGS = (5000000,)
SAMPLE = (10000,)
ENTRY = count_primes
