# Functions shared by run-matrix (sourced, not run). Bash. See docs/qemu.md.

# The kernel options of a build: .ci/qemu/kconfig plus the page size and struct page size of the row.
#   kconfig_for PAGE SP   (PAGE: 4k|16k|64k; SP: 56|64)   -> prints `y NAME` / `n NAME` lines
kconfig_for() {
	local page=$1 sp=$2
	grep -v '^[[:space:]]*\(#\|$\)' "$QEMU_DIR/kconfig"
	case $page in
	4k)  echo "y ARM64_4K_PAGES"; echo "y ARM64_VA_BITS_39" ;;
	16k) echo "y ARM64_16K_PAGES"; echo "y ARM64_VA_BITS_47" ;;
	64k) echo "y ARM64_64K_PAGES"; echo "y ARM64_VA_BITS_48" ;;
	*) die "unknown page size '$page' (4k, 16k or 64k)" ;;
	esac
	case $sp in
	64) echo "y CGROUPS"; echo "y MEMCG" ;;   # 64-byte struct page (memcg_data)
	56) echo "n MEMCG"; echo "n CGROUPS" ;;   # tinyconfig's 56-byte struct page
	*) die "unknown struct page size '$sp' (56 or 64)" ;;
	esac
}

die() { echo "run-matrix: error: $*" >&2; exit 2; }
log() { echo "run-matrix: $*" >&2; }

# configure_build O PAGE SP: tinyconfig + options + olddefconfig in the build dir O, unless the options are those
# of the last configuration there (then the .config is left alone so that make rebuilds nothing).
configure_build() {
	local o=$1 page=$2 sp=$3 opts key
	opts=$(kconfig_for "$page" "$sp") || exit 2
	key=$(printf '%s\n' "$opts" | sha256sum | cut -c1-16)
	mkdir -p "$o"
	if [ -f "$o/.config" ] && [ "$(cat "$o/.ptprove-config-key" 2>/dev/null)" = "$key" ]; then
		return 0
	fi
	log "configuring $o ($page pages, struct page $sp B)"
	rm -f "$o/.ptprove-config-key"
	kmake "$o" tinyconfig >"$o/config.log" 2>&1 || { cat "$o/config.log" >&2; die "make tinyconfig failed in $o"; }
	local args=() v n
	while read -r v n; do
		case $v in y) args+=(--enable "$n") ;; n) args+=(--disable "$n") ;; *) die "bad kconfig line '$v $n'" ;; esac
	done <<<"$opts"
	"$TREE/scripts/config" --file "$o/.config" "${args[@]}"
	kmake "$o" olddefconfig >>"$o/config.log" 2>&1 || { cat "$o/config.log" >&2; die "make olddefconfig failed in $o"; }
	local bad=0
	while read -r v n; do
		if [ "$v" = y ]; then
			grep -qx "CONFIG_$n=y" "$o/.config" || { echo "run-matrix: CONFIG_$n=y did not stick in $o/.config" >&2; bad=1; }
		else
			! grep -q "^CONFIG_$n=" "$o/.config" || { echo "run-matrix: CONFIG_$n is still set in $o/.config" >&2; bad=1; }
		fi
	done <<<"$opts"
	[ $bad = 0 ] || die "kernel options did not stick (see above; olddefconfig dropped them: a missing dependency?)"
	echo "$key" >"$o/.ptprove-config-key"
}

kmake() {
	local o=$1; shift
	make -C "$TREE" O="$o" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- -j"$JOBS" "$@"
}
