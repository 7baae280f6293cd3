"""Methods of the base returning self keep working on a subclass (a fluent query builder)."""


class Query:
    def __init__(self, table):
        self.table = table
        self.filters = []
        self.limit_n = -1

    def where(self, cond):
        self.filters.append(cond)
        return self

    def limit(self, n):
        self.limit_n = n
        return self

    def sql(self):
        s = f"SELECT * FROM {self.table}"
        if self.filters:
            s += " WHERE " + " AND ".join(self.filters)
        if self.limit_n >= 0:
            s += f" LIMIT {self.limit_n}"
        return s


class CountQuery(Query):
    def sql(self):
        return super().sql().replace("SELECT *", "SELECT COUNT(*)")


def build(table, conds, n):
    q = Query(table)
    c = CountQuery(table)
    for cond in conds:
        q = q.where(cond)
        c.where(cond)
    return q.limit(n).sql(), c.sql()


ENTRY = "build"
SAMPLES = [("users", ["age > 3", "name = 'x'"], 10), ("t", [], -1)]
CHECKS = [("a", ["b"], 0)]
