output "r_1st_vip_address" {
  description = "Address of virtual IP 1st-vip"
  value       = huaweicloud_networking_vip.r_1st_vip.ip_address
}
