variable "region" {
  description = "Huawei Cloud region to create the resources in, e.g. cn-north-4."
  type        = string
}

variable "availability_zone" {
  description = "Availability zone of the servers."
  type        = string
  default     = "cn-south-1a"
}

variable "image_id" {
  description = "ID of the image every server boots from (in the console: Ubuntu 22.04 server 64bit)."
  type        = string
}

variable "flavor_id" {
  description = "Flavor ID of every server (in the console: c7.large.2)."
  type        = string
  default     = "c7.large.2"
}

variable "admin_pass" {
  description = "Administrator password of every server."
  type        = string
  sensitive   = true
}
