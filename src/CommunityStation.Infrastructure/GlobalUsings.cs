// This project maps the domain onto EF Core: every configuration, seeder and query needs both, so they are imported once here.
global using CommunityStation.Domain.Calendar;
global using CommunityStation.Domain.Common;
global using CommunityStation.Domain.Communities;
global using CommunityStation.Domain.Duties;
global using CommunityStation.Domain.Inbox;
global using CommunityStation.Domain.Registration;
global using CommunityStation.Domain.ServiceDesk;
global using CommunityStation.Domain.Settings;
global using CommunityStation.Domain.Staffing;
global using CommunityStation.Domain.Tenancy;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
