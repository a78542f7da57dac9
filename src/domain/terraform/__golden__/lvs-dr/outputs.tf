output "vip_lvs_address" {
  description = "Address of virtual IP vip-lvs"
  value       = huaweicloud_networking_vip.vip_lvs.ip_address
}
