// The namespaces nearly every page and its handler use; a file imports anything else itself.
global using System.Globalization;
global using CommunityStation.Domain.Common;
global using CommunityStation.Domain.Registration;
global using CommunityStation.Domain.ServiceDesk;
global using CommunityStation.Domain.Staffing;
global using CommunityStation.Infrastructure.Auditing;
global using CommunityStation.Infrastructure.Identity;
global using CommunityStation.Infrastructure.Persistence;
global using CommunityStation.Web.Infrastructure;
global using CommunityStation.Web.Infrastructure.Access;
global using FluentValidation;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Localization;
