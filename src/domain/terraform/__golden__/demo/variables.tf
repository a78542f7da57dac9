variable "region" {
  description = "Huawei Cloud region to create the resources in, e.g. cn-north-4."
  type        = string
}

variable "availability_zone" {
  description = "Availability zone of the servers."
  type        = string
  default     = "cn-north-4a"
}

variable "image_id" {
  description = "ID of the image every server boots from (in the console: CentOS 7.9 64bit)."
  type        = string
}

variable "flavor_id" {
  description = "Flavor ID of every server (in the console: s6.medium.2)."
  type        = string
  default     = "s6.medium.2"
}

variable "admin_pass" {
  description = "Administrator password of every server."
  type        = string
  sensitive   = true
}
