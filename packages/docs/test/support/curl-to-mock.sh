# Sourced before a guide's curl script: `curl` becomes the real curl sent to the mock SPS ($MOCK_URL)
# instead of https://sps.example.net, without --cacert, failing on a 4xx/5xx answer (in place of the
# script's own --fail); each call is appended to $CALLS, once done, as a line `METHOD /path<TAB>its arguments`.
set -euo pipefail
curl() {
  local args=() method=GET path=''
  while (($#)); do
    case "$1" in
      --cacert) shift 2; continue ;;
      --fail) shift; continue ;; # --fail-with-body below does that; curl refuses both at once
      -X) method=$2 ;;
      https://sps.example.net/*) path=${1#https://sps.example.net}; set -- "$MOCK_URL$path" "${@:2}" ;;
    esac
    args+=("$1")
    shift
  done
  # Logged when the call is done: in a pipeline, the order in which the calls were completed.
  local status=0
  command curl --silent --show-error --fail-with-body --max-time 15 "${args[@]}" || status=$?
  printf '%s %s\t%s\n' "$method" "$path" "${args[*]}" >> "$CALLS"
  return "$status"
}
