"""**kwargs keeps the call's keyword order, as CPython's dict does; values change the output order."""


def query(table, **where):
    clauses = []
    for column, value in where.items():
        clauses.append(f"{column} = {value!r}")
    sql = "SELECT * FROM " + table
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    return sql


def run(name, city):
    return [query("users", name=name, city=city), query("users", city=city, name=name), query("orders"),
            query("t", z=name, a=city, m="x")]


ENTRY = "run"
SAMPLES = [("ann", "Oslo"), ("O'Brien", "")]
CHECKS = [("", "x"), ('"q"', "é")]
