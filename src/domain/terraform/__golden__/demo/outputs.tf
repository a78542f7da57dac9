output "vip_ha_address" {
  description = "Address of virtual IP vip-ha"
  value       = huaweicloud_networking_vip.vip_ha.ip_address
}

output "vip_web_address" {
  description = "Address of virtual IP vip-web"
  value       = huaweicloud_networking_vip.vip_web.ip_address
}

output "eip_ha_address" {
  description = "Public address of EIP eip-ha"
  value       = huaweicloud_vpc_eip.eip_ha.address
}
