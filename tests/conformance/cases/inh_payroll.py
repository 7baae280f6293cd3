"""Payroll: Employee, Manager and Intern override pay(); Manager's pay() extends the base's through super()."""


class Employee:
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def pay(self):
        return self.salary

    def title(self):
        return "employee"

    def line(self):
        return f"{self.name:<6} {self.title():<9} {self.pay():>7}"


class Manager(Employee):
    def __init__(self, name, salary, reports):
        super().__init__(name, salary)
        self.reports = reports

    def pay(self):
        return super().pay() + 100 * self.reports

    def title(self):
        return "manager"


class Intern(Employee):
    def pay(self):
        return self.salary // 2

    def title(self):
        return "intern"


def payroll(rows):
    staff = []
    for row in rows:
        kind, name, salary, extra = row.split(",")
        if kind == "m":
            staff.append(Manager(name, int(salary), int(extra)))
        elif kind == "i":
            staff.append(Intern(name, int(salary)))
        else:
            staff.append(Employee(name, int(salary)))
    staff.sort(key=lambda e: e.pay(), reverse=True)
    return [e.line() for e in staff], sum(e.pay() for e in staff)


ENTRY = "payroll"
SAMPLES = [(["e,ann,3000,0", "m,bob,4000,3", "i,cy,1001,0"],)]
CHECKS = [([],), (["i,z,1,0"],)]
