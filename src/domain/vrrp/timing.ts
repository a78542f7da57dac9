/**
 * VRRP timing as keepalived uses it (VRRPv2 by default, RFC 3768):
 * skew = (256 - priority) / 256 s, Master_Down_Interval = 3 x advert_int + skew.
 * (VRRPv3, RFC 5798, multiplies the skew by the interval; keepalived speaks v2 unless told otherwise.)
 */
export function skewTime(priority: number): number {
  return (256 - priority) / 256;
}

export function masterDownInterval(priority: number, advertInt: number): number {
  return 3 * advertInt + skewTime(priority);
}
