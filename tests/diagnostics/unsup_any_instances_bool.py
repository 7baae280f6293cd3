"""Out of scope: any()/all() of a list of instances whose class defines __bool__ (the kernel would
take every instance as true); a generator expression over the list asks each one."""


class Job:
    def __init__(self, left):
        self.left = left

    def __bool__(self):
        return self.left > 0


def busy(n):
    jobs = [Job(n), Job(n - 1)]
    return any(jobs)


ENTRY = "busy"
SAMPLES = [(1,)]
EXPECT = "any() of a list[Job], whose items' truth is their __bool__ or __len__"
EXPECT_LINE = 15
