output "vip_app_address" {
  description = "Address of virtual IP vip-app"
  value       = huaweicloud_networking_vip.vip_app.ip_address
}

output "eip_app_address" {
  description = "Public address of EIP eip-app"
  value       = huaweicloud_vpc_eip.eip_app.address
}
