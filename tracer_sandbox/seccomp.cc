#include "tracer_sandbox/seccomp.h"

#include <errno.h>
#include <sched.h>
#include <seccomp.h>

#include <cstring>

#include "absl/strings/str_cat.h"

namespace fxn::tracer {

absl::Status InstallSeccompFilter() {
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
  if (!ctx) return absl::InternalError("seccomp_init failed");
  const int kDenied[] = {
      SCMP_SYS(socket),        SCMP_SYS(socketpair),      SCMP_SYS(fork),          SCMP_SYS(vfork),
      SCMP_SYS(execve),        SCMP_SYS(execveat),        SCMP_SYS(ptrace),        SCMP_SYS(mount),
      SCMP_SYS(umount2),       SCMP_SYS(unshare),         SCMP_SYS(setns),         SCMP_SYS(pivot_root),
      SCMP_SYS(chroot),        SCMP_SYS(kexec_load),      SCMP_SYS(init_module),   SCMP_SYS(finit_module),
      SCMP_SYS(delete_module), SCMP_SYS(bpf),             SCMP_SYS(perf_event_open), SCMP_SYS(keyctl),
      SCMP_SYS(add_key),       SCMP_SYS(request_key),     SCMP_SYS(reboot),        SCMP_SYS(swapon),
      SCMP_SYS(swapoff),       SCMP_SYS(process_vm_readv), SCMP_SYS(process_vm_writev), SCMP_SYS(userfaultfd),
  };
  int rc = 0;
  for (int sys : kDenied) rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), sys, 0);
  // clone without CLONE_THREAD makes a process; with it, a thread (allowed).
  rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1, SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0));
  // clone3 passes its flags in memory a filter cannot read: make libc fall back to clone.
  rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
  if (rc != 0) {
    seccomp_release(ctx);
    return absl::InternalError(absl::StrCat("seccomp_rule_add failed: ", strerror(-rc)));
  }
  rc = seccomp_load(ctx);
  seccomp_release(ctx);
  if (rc != 0) return absl::InternalError(absl::StrCat("seccomp_load failed: ", strerror(-rc)));
  return absl::OkStatus();
}

}  // namespace fxn::tracer
